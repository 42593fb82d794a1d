package org.relearning.quiz;

import org.relearning.identity.access.Caller;

/**
 * What the quiz module needs to know about the course a quiz belongs to, answered by the module
 * that knows courses and enrolments (quiz does not depend on them).
 */
public interface QuizHost {

  /** The library the course belongs to. */
  long libraryOf(long courseId);

  /** Whether the caller may author the course, and so its quizzes. */
  boolean mayAuthor(Caller caller, long courseId);

  /** Whether the caller may take the course's quizzes (enrolled in it). */
  boolean mayTake(Caller caller, long courseId);
}
