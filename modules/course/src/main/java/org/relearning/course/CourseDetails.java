package org.relearning.course;

import java.math.BigDecimal;
import java.util.List;

/** What an author says about a course, as one change: everything but its outline and people. */
public record CourseDetails(
    String title,
    String summary,
    CourseCategory category,
    CourseLevel level,
    BigDecimal estimatedHours,
    String language,
    List<String> tags) {

  public CourseDetails {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The details a course has now, to change one or two of them. */
  public static CourseDetails of(Course c) {
    return new CourseDetails(
        c.getTitle(),
        c.getSummary(),
        c.getCategory(),
        c.getLevel(),
        c.getEstimatedHours(),
        c.getLanguage(),
        c.getTags());
  }
}
