package org.relearning.course;

/**
 * How much a learner should already know. Labels are in the web bundles as {@code
 * course.level.<NAME>}; the names are stored, so never rename one.
 */
public enum CourseLevel {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED;

  /** The longest stored name, for the column. */
  public static final int NAME_MAX = 20;
}
