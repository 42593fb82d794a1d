package org.relearning.quiz.stats;

import java.util.List;

/**
 * One question as it was answered in one attempt.
 *
 * @param questionId the question
 * @param questionName the question's name, as shown to teachers ("" when it has none)
 * @param maxPoints the points the question is worth in this attempt, zero or more
 * @param fraction the share of {@code maxPoints} earned, from 0 to 1, or {@code null} while the
 *     answer waits for a grader (an essay, for example)
 * @param chosen what the learner picked, as option keys (for choice questions the option ids as
 *     text); empty when the question was left unanswered or has no options
 */
public record SlotRecord(
    long questionId, String questionName, double maxPoints, Double fraction, List<String> chosen) {

  public SlotRecord {
    questionName = questionName == null ? "" : questionName;
    if (!(maxPoints >= 0) || Double.isInfinite(maxPoints)) {
      throw new IllegalArgumentException("maxPoints must be zero or more: " + maxPoints);
    }
    if (fraction != null && !(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be from 0 to 1: " + fraction);
    }
    chosen = chosen == null ? List.of() : List.copyOf(chosen);
  }

  /** Whether a fraction has been given, by the automatic grading or by a grader. */
  public boolean graded() {
    return fraction != null;
  }

  /**
   * The points earned: {@code fraction × maxPoints}, or {@code null} while the slot is not graded.
   */
  public Double earnedPoints() {
    return fraction == null ? null : fraction * maxPoints;
  }
}
