package org.relearning.quiz.exchange;

import java.util.List;
import java.util.Objects;
import org.relearning.quiz.QuizSettings;

/**
 * A quiz as it travels with its course: its settings, its fixed questions with their correct
 * answers in order, and its random draws with the questions they draw from; no database ids, course
 * or owner. Options are encoded as the question types read them ({@link ImportedChoice}). {@code
 * settings} is null in files that carry none (the defaults apply); opening and closing dates never
 * travel, because they belong to one run of a course.
 */
public record PortableQuiz(
    String title,
    int passMark,
    List<ImportedQuestion> questions,
    QuizSettings settings,
    List<Draw> draws) {

  /**
   * Questions drawn at random for each attempt: {@code count} of {@code questions}, kept in a
   * category named {@code category}, asked at {@code position} (1-based, among all the quiz's
   * places).
   */
  public record Draw(int position, String category, int count, List<ImportedQuestion> questions) {

    public Draw {
      Objects.requireNonNull(category, "category");
      questions = List.copyOf(questions);
    }
  }

  public PortableQuiz {
    Objects.requireNonNull(title, "title");
    questions = List.copyOf(questions);
    draws = draws == null ? List.of() : List.copyOf(draws);
  }

  public PortableQuiz(String title, int passMark, List<ImportedQuestion> questions) {
    this(title, passMark, questions, null, List.of());
  }
}
