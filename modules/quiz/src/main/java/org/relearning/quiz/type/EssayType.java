package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * The learner writes free text that a person grades. Options are not used. {@link #grade} always
 * returns 0: the automatic part of the score, until a grader decides.
 */
@ApplicationScoped
public class EssayType implements QuestionType {

  public static final String ID = "essay";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.essay";
  }

  @Override
  public List<String> validate(Question question) {
    return List.of();
  }

  @Override
  public double grade(Question question, String response) {
    return 0;
  }

  @Override
  public boolean gradedByHand() {
    return true;
  }

  @Override
  public List<String> correctAnswers(Question question) {
    return List.of();
  }
}
