package org.relearning.course;

/** How learners move through a course's lessons. */
public enum LessonOrder {
  /** Any lesson, in any order. */
  FREE,
  /** A lesson opens when the one before it is done. */
  SEQUENTIAL
}
