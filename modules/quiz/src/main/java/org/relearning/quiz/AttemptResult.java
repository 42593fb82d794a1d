package org.relearning.quiz;

import java.util.List;
import org.relearning.quiz.attempt.Attempt;

/** A submitted attempt and, question by question, what it earned. */
public record AttemptResult(Attempt attempt, List<Item> items) {

  /** One question of the attempt; {@code fraction} is null while a grader has yet to mark it. */
  public record Item(
      long questionId,
      String questionName,
      String type,
      int points,
      Double fraction,
      String response) {}
}
