package org.relearning.quiz.attempt;

/**
 * An attempt is answered while in progress, then submitted once; its responses never change again.
 * One with questions graded by hand waits for a grader before it has a score.
 */
public enum AttemptStatus {
  IN_PROGRESS,
  AWAITING_GRADING,
  SUBMITTED
}
