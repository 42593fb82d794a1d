package org.relearning.quiz.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Figures for one question over a set of attempts, as computed by {@link QuestionStatistics}.
 *
 * @param questionId the question
 * @param questionName the question's name where it first appears
 * @param attempts the number of attempts in which the question was graded; attempts still waiting
 *     for a grader on this question are not counted
 * @param facilityIndex the mean fraction earned × 100 over those attempts, from 0 (nobody earned
 *     anything) to 100 (everybody earned full marks); {@link Double#NaN} when {@code attempts} is 0
 * @param discriminationIndex the Pearson correlation × 100, from -100 to 100, between the points
 *     earned on this question and the points earned on the rest of the attempt, over those
 *     attempts; {@code null} when there are fewer than 2 of them or either side does not vary
 * @param optionCounts for each option key, the number of attempts in which it was chosen (graded or
 *     not), in the order the keys were first seen; unmodifiable
 */
public record QuestionStats(
    long questionId,
    String questionName,
    int attempts,
    double facilityIndex,
    Double discriminationIndex,
    Map<String, Integer> optionCounts) {

  public QuestionStats {
    Objects.requireNonNull(questionName, "questionName");
    optionCounts = Collections.unmodifiableMap(new LinkedHashMap<>(optionCounts));
  }
}
