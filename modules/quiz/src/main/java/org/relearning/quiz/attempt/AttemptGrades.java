package org.relearning.quiz.attempt;

/** The one door through which a score gets onto an attempt: the grading service's. */
public final class AttemptGrades {

  private AttemptGrades() {}

  public static void record(Attempt attempt, int scorePercent, boolean passed) {
    attempt.graded(scorePercent, passed);
  }

  public static void grade(PaperSlot slot, double share) {
    slot.grade(share);
  }

  public static void leaveForGrader(PaperSlot slot) {
    slot.leaveForGrader();
  }

  public static void gradeByHand(
      PaperSlot slot, double share, long grader, String comment, java.time.Instant at) {
    slot.gradeByHand(share, grader, comment, at);
  }

  public static void awaitGrading(Attempt attempt) {
    attempt.awaitGrading();
  }
}
