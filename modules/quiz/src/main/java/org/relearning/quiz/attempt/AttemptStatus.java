package org.relearning.quiz.attempt;

/** An attempt is answered while in progress, then submitted once and never changed again. */
public enum AttemptStatus {
  IN_PROGRESS,
  SUBMITTED
}
