package org.relearning.learning.completion;

import java.util.Set;
import org.relearning.course.Course;
import org.relearning.course.version.PublishedCourse;

/**
 * What the rules look at for one learner: the course, the version they follow, the lessons they
 * have done, and whether an instructor has signed off their work.
 */
public record CompletionFacts(
    Course course,
    PublishedCourse version,
    long accountId,
    Set<Long> doneLessons,
    boolean signedOff) {}
