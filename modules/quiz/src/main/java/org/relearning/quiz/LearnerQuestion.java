package org.relearning.quiz;

import java.io.Serializable;
import java.util.List;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;

/**
 * A question as a learner may see it during an attempt: text, the options in this attempt's order
 * and, for matching, the items to match; never which option is correct. Views get only this, so a
 * correct answer cannot leak into HTML, Ajax or view state.
 */
public record LearnerQuestion(
    long id,
    String type,
    String text,
    int points,
    List<Option> options,
    List<String> prompts,
    int number,
    int page)
    implements Serializable {

  /** An option without its correctness: its key (what a response names) and its text. */
  public record Option(long id, String text) implements Serializable {}

  static LearnerQuestion of(Question q, QuestionType type, List<Long> order, int number, int page) {
    return new LearnerQuestion(
        q.getId(),
        q.getType(),
        q.getText(),
        q.getPoints(),
        order.stream().map(k -> new Option(k, type.optionText(q, k))).toList(),
        type.prompts(q),
        number,
        page);
  }
}
