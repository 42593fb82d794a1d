package org.relearning.learning.curriculum;

import java.util.List;

/**
 * How learners fare on a path, for its authors: how many enrolled and completed it, how many
 * started and completed each of its courses, and how far they get.
 *
 * @param reached for each number of the path's courses completed (0, 1, 2, …), how many of the
 *     path's learners have completed exactly that many: where they stop
 */
public record PathReport(
    long curriculumId,
    int enrolled,
    int completed,
    List<CourseRow> courses,
    List<Integer> reached) {

  /** One course of the path, counted among the path's learners only. */
  public record CourseRow(
      long courseId, String title, boolean required, int started, int completed) {}
}
