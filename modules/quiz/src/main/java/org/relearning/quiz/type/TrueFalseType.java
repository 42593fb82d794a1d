package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * A statement that is true or false. Stored as two options whose texts are the keys {@link #TRUE}
 * and {@link #FALSE}, shown translated; grading is that of a single choice.
 */
@ApplicationScoped
public class TrueFalseType implements QuestionType {

  public static final String ID = "true-false";
  public static final String TRUE = "true";
  public static final String FALSE = "false";

  private final SingleChoiceType single = new SingleChoiceType();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.trueFalse";
  }

  /** Gives a new true/false question its two options. */
  public static void setUp(Question question, boolean statementIsTrue) {
    question.addChoice(TRUE, statementIsTrue);
    question.addChoice(FALSE, !statementIsTrue);
  }

  @Override
  public List<String> validate(Question question) {
    return single.validate(question);
  }

  @Override
  public double grade(Question question, String response) {
    return single.grade(question, response);
  }

  @Override
  public List<Long> optionKeys(Question question) {
    return QuestionType.choiceIds(question);
  }

  @Override
  public OptionOrder optionOrder() {
    return OptionOrder.FIXED;
  }
}
