package org.relearning.learning;

import java.io.Serializable;
import java.util.Set;

/** How far a learner is through a course. */
public record Progress(int lessons, Set<Long> doneLessonIds, boolean completed, Long lastLessonId)
    implements Serializable {

  public int done() {
    return doneLessonIds.size();
  }

  public int percent() {
    return lessons == 0 ? 0 : Math.min(100, done() * 100 / lessons);
  }

  public boolean isDone(long lessonId) {
    return doneLessonIds.contains(lessonId);
  }
}
