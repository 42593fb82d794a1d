package org.relearning.quiz;

import java.io.Serializable;
import java.util.List;

/**
 * A question of a submitted attempt as its review may show it. What the quiz's review options do
 * not allow at the time is left empty: {@code response} null without RESPONSES, {@code earned} null
 * without MARKS, {@code correctAnswers} empty without CORRECT, feedback "" without FEEDBACK.
 */
public record ReviewedQuestion(
    LearnerQuestion question,
    String response,
    Double earned,
    boolean awaitingGrader,
    List<String> correctAnswers,
    List<String> optionFeedback,
    String generalFeedback,
    String graderComment)
    implements Serializable {

  /** Whether the response earned all of the question's points (false when marks are hidden). */
  public boolean isRight() {
    return earned != null && earned >= question.points() - 1e-9;
  }
}
