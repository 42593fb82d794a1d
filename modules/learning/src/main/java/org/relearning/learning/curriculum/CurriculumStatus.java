package org.relearning.learning.curriculum;

/** Whether learners see a path yet: authored as a draft, then published to the catalog. */
public enum CurriculumStatus {
  DRAFT,
  PUBLISHED
}
