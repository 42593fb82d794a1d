package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/** One correct option among several; the response is the chosen option's id. */
@ApplicationScoped
public class SingleChoiceType implements QuestionType {

  public static final String ID = "single-choice";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.singleChoice";
  }

  @Override
  public List<String> validate(Question question) {
    List<String> problems = new ArrayList<>();
    if (question.getChoices().size() < 2) {
      problems.add("question.problem.fewChoices");
    }
    if (question.getChoices().stream().filter(Choice::isCorrect).count() != 1) {
      problems.add("question.problem.oneCorrect");
    }
    return problems;
  }

  @Override
  public double grade(Question question, String response) {
    return question.getChoices().stream()
            .anyMatch(c -> c.isCorrect() && String.valueOf(c.getId()).equals(response))
        ? 1.0
        : 0.0;
  }

  @Override
  public List<Long> optionKeys(Question question) {
    return QuestionType.choiceIds(question);
  }
}
