package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * Several options may be correct; the learner ticks any number of them. The response is the ticked
 * options' ids, comma-separated, in any order (an empty response means nothing ticked).
 *
 * <p>Partial credit: with {@code n} correct options, each ticked correct option earns {@code 1/n}
 * and each ticked wrong option costs {@code 1/n}; the share never falls below 0. So ticking
 * everything earns nothing unless every option is correct. The all-or-nothing variant is a type of
 * its own, {@link AllOrNothingMultipleResponseType}, because a question keeps no other setting than
 * its type id.
 *
 * <p>A response naming an option of another question, or the same option twice, is forged and earns
 * 0.
 */
@ApplicationScoped
public class MultipleResponseType implements QuestionType {

  public static final String ID = "multiple-response";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.multipleResponse";
  }

  @Override
  public List<String> validate(Question question) {
    return MultipleResponseScoring.validate(question);
  }

  @Override
  public double grade(Question question, String response) {
    return MultipleResponseScoring.partialCredit(question, response);
  }

  @Override
  public List<Long> optionKeys(Question question) {
    return QuestionType.choiceIds(question);
  }
}
