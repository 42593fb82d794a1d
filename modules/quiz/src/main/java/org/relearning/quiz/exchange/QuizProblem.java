package org.relearning.quiz.exchange;

import java.util.Objects;

/**
 * Something wrong with a quiz file or one of its questions.
 *
 * @param where the place in the file: "" for the whole file, {@code "title"}, {@code "question 3"}
 *     or {@code "question 3 › choice 2"}
 * @param reasonKey bundle key of the explanation, e.g. {@code "question.problem.oneCorrect"}
 * @param detail technical detail (not translated), possibly ""
 */
public record QuizProblem(String where, String reasonKey, String detail) {

  public QuizProblem {
    where = where == null ? "" : where;
    Objects.requireNonNull(reasonKey, "reasonKey");
    detail = detail == null ? "" : detail;
  }

  /** Where the problem is in a question, 1-based. */
  public static String question(int number) {
    return "question " + number;
  }
}
