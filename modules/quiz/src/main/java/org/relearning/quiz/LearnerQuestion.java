package org.relearning.quiz;

import java.io.Serializable;
import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * A question as a learner may see it during an attempt: text and options, never which option is
 * correct. Views get only this, so a correct answer cannot leak into HTML, Ajax or view state.
 */
public record LearnerQuestion(long id, String type, String text, int points, List<Option> options)
    implements Serializable {

  /** An option without its correctness. */
  public record Option(long id, String text) implements Serializable {}

  static LearnerQuestion of(Question q) {
    return new LearnerQuestion(
        q.getId(),
        q.getType(),
        q.getText(),
        q.getPoints(),
        q.getChoices().stream().map(c -> new Option(c.getId(), c.getText())).toList());
  }
}
