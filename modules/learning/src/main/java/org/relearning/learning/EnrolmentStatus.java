package org.relearning.learning;

/** A learner is taking a course, or has completed it. */
public enum EnrolmentStatus {
  ACTIVE,
  COMPLETED
}
