package org.relearning.quiz;

import java.time.Instant;
import java.util.Optional;
import org.relearning.identity.access.Caller;

/**
 * What the quiz module needs to know about the course a quiz belongs to, answered by the module
 * that knows courses and enrolments (quiz does not depend on them).
 */
public interface QuizHost {

  /** The course's title, in the language it is taught in. */
  String courseTitle(long courseId);

  /** The library the course belongs to. */
  long libraryOf(long courseId);

  /** Whether the caller may author the course, and so its quizzes. */
  boolean mayAuthor(Caller caller, long courseId);

  /**
   * Whether the caller may copy the course, quizzes and answers included, into a library of theirs
   * (see {@code CoursePolicy.mayAdopt}): the course is in the catalog and the caller creates
   * courses.
   */
  default boolean mayAdopt(Caller caller, long courseId) {
    return false;
  }

  /**
   * Whether the caller may take this quiz of the course now: enrolled, and the lesson it is placed
   * in open to them (released, and reached if the course is taken in order).
   */
  boolean mayTake(Caller caller, long courseId, long quizId);

  /**
   * From when the learner's attempts at the course's quizzes count: the start of their retake when
   * they are taking the course again to renew a certificate, so that earlier attempts neither pass
   * the retake nor use up its attempts; empty when every attempt counts.
   */
  Optional<Instant> attemptsCountFrom(long accountId, long courseId);

  /**
   * Both answers a new attempt needs, asked at once: whether the caller may take the quiz now (as
   * {@link #mayTake}) and, if so, from when their attempts count (as {@link #attemptsCountFrom});
   * empty when they may not take it.
   */
  default Optional<Taking> taking(Caller caller, long courseId, long quizId) {
    if (!mayTake(caller, courseId, quizId)) {
      return Optional.empty();
    }
    return Optional.of(new Taking(attemptsCountFrom(caller.accountId(), courseId).orElse(null)));
  }

  /** A caller allowed to take a quiz; {@code countsFrom} is null when every attempt counts. */
  record Taking(Instant countsFrom) {

    public Optional<Instant> attemptsCountFrom() {
      return Optional.ofNullable(countsFrom);
    }
  }
}
