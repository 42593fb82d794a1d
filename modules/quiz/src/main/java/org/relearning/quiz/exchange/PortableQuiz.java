package org.relearning.quiz.exchange;

import java.util.List;
import java.util.Objects;

/**
 * A quiz as it travels with its course: its settings and its questions with their correct answers,
 * in order, with no database ids, course or owner. Options are encoded as the question types read
 * them ({@link ImportedChoice}); names and feedback are always "", because quizzes store none.
 */
public record PortableQuiz(String title, int passMark, List<ImportedQuestion> questions) {

  public PortableQuiz {
    Objects.requireNonNull(title, "title");
    questions = List.copyOf(questions);
  }
}
