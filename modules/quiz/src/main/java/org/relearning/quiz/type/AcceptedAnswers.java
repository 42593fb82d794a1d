package org.relearning.quiz.type;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/** Questions answered by typing: their options marked correct are the accepted answers. */
final class AcceptedAnswers {

  private AcceptedAnswers() {}

  static List<Choice> of(Question question) {
    return question.getChoices().stream().filter(Choice::isCorrect).toList();
  }

  /** At least one accepted answer, and none that {@code unusable} rejects ({@code problemKey}). */
  static List<String> validate(Question question, Predicate<String> unusable, String problemKey) {
    List<String> problems = new ArrayList<>();
    List<Choice> accepted = of(question);
    if (accepted.isEmpty()) {
      problems.add("question.problem.noAcceptedAnswer");
    }
    if (accepted.stream().anyMatch(c -> unusable.test(c.getText()))) {
      problems.add(problemKey);
    }
    return problems;
  }
}
