package org.relearning.course;

/** Where a course is in its life: authored, open to learners, or withdrawn. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
