package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * The learner types a word or phrase. Each option marked correct is an accepted answer; options not
 * marked correct are ignored (kept, say, as notes of common mistakes). A response earns full marks
 * when it equals an accepted answer once both are put through {@link AnswerNormaliser}, and 0
 * otherwise.
 */
@ApplicationScoped
public class ShortAnswerType implements QuestionType {

  public static final String ID = "short-answer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.shortAnswer";
  }

  @Override
  public List<String> validate(Question question) {
    return AcceptedAnswers.validate(
        question,
        text -> AnswerNormaliser.normalise(text).isEmpty(),
        "question.problem.blankAcceptedAnswer");
  }

  @Override
  public double grade(Question question, String response) {
    String given = AnswerNormaliser.normalise(response);
    if (given == null || given.isEmpty()) {
      return 0;
    }
    return question.getChoices().stream()
            .filter(Choice::isCorrect)
            .anyMatch(c -> given.equals(AnswerNormaliser.normalise(c.getText())))
        ? 1
        : 0;
  }
}
