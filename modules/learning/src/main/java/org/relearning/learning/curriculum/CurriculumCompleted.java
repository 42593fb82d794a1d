package org.relearning.learning.curriculum;

import java.time.Instant;
import java.util.List;

/**
 * A learner met a path's rule (every required course and enough electives completed). Fired once
 * per path enrolment, inside the completing transaction; observers act after it commits.
 *
 * @param completedCourseIds the path's courses the learner completed, in the path's order
 */
public record CurriculumCompleted(
    long pathEnrolmentId,
    long curriculumId,
    long accountId,
    long libraryId,
    Instant completedAt,
    List<Long> completedCourseIds) {}
