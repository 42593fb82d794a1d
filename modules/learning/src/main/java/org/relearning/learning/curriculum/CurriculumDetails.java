package org.relearning.learning.curriculum;

import org.relearning.course.CourseCategory;

/** What an author writes about a path, changed all at once. */
public record CurriculumDetails(
    String title,
    String summary,
    CourseCategory category,
    String targetLearners,
    int electiveCount,
    boolean orderRecommended) {

  public static CurriculumDetails of(Curriculum c) {
    return new CurriculumDetails(
        c.getTitle(),
        c.getSummary(),
        c.getCategory(),
        c.getTargetLearners(),
        c.getElectiveCount(),
        c.isOrderRecommended());
  }
}
