package org.relearning.learning.completion;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.relearning.quiz.QuizService;

/** Every quiz in the learner's version is passed with at least its pass mark. */
@ApplicationScoped
public class QuizzesPassedRule implements CompletionRule {

  @EJB private QuizService quizzes;

  @Override
  public String id() {
    return "quizzes";
  }

  @Override
  public List<Missing> missing(CompletionFacts f) {
    return f.version().quizIds().stream()
        .sorted()
        .filter(q -> !quizzes.hasPassed(q, f.accountId()))
        .map(quizzes::findQuiz)
        .flatMap(Optional::stream)
        .map(q -> Missing.of("learn.quizToPass", q.getTitle(), q.getPassMark()))
        .toList();
  }
}
