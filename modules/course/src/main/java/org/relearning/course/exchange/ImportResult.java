package org.relearning.course.exchange;

import java.util.List;

/**
 * What reading an archive gave: the course, unless the archive was refused, and the problems found.
 * Problems next to a course are warnings (a skipped block, a missing picture); problems without one
 * are the reasons for refusing.
 */
public record ImportResult(CourseArchive archive, List<Problem> problems) {

  public ImportResult {
    problems = List.copyOf(problems);
  }

  static ImportResult refused(Problem problem) {
    return new ImportResult(null, List.of(problem));
  }

  public boolean refused() {
    return archive == null;
  }
}
