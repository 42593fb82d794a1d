package org.relearning.learning;

import java.time.Instant;

/**
 * A learner met a course's completion rules. Fired once per enrolment, inside the completing
 * transaction; the certificate module issues after that transaction commits.
 */
public record CourseCompleted(
    long enrolmentId, long courseId, long accountId, long libraryId, Instant completedAt) {}
