package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * A {@link MultipleResponseType} question that earns full marks only when exactly the correct
 * options are ticked, and 0 otherwise. Authored and answered like a multiple-response question.
 */
@ApplicationScoped
public class AllOrNothingMultipleResponseType implements QuestionType {

  public static final String ID = "multiple-response-all";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.multipleResponseAllOrNothing";
  }

  @Override
  public List<String> validate(Question question) {
    return MultipleResponseScoring.validate(question);
  }

  @Override
  public double grade(Question question, String response) {
    return MultipleResponseScoring.allOrNothing(question, response);
  }

  @Override
  public List<Long> optionKeys(Question question) {
    return QuestionType.choiceIds(question);
  }
}
