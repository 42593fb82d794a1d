package org.relearning.quiz.attempt;

/** The one door through which a score gets onto an attempt: the grading service's. */
public final class AttemptGrades {

  private AttemptGrades() {}

  public static void record(Attempt attempt, int scorePercent, boolean passed) {
    attempt.graded(scorePercent, passed);
  }
}
