package org.relearning.course.version;

/** Whether a learner may open a lesson now, and if not, why. */
public enum LessonAccess {
  OPEN,
  /** The course is taken in order and an earlier lesson is not done yet. */
  AFTER_PREVIOUS,
  /** Its section opens on a later day. */
  NOT_YET_RELEASED
}
