package org.relearning.learning.completion;

import java.util.List;
import org.relearning.course.Course;

/** One condition of completing a course. */
public interface CompletionRule {

  /** A short stable name, e.g. "lessons". */
  String id();

  /** Whether the rule applies to the course at all; some are chosen per course. */
  default boolean appliesTo(Course course) {
    return true;
  }

  /** What the learner still lacks under this rule; empty when it is met. */
  List<Missing> missing(CompletionFacts facts);
}
