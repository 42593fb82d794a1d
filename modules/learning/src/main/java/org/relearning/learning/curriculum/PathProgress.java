package org.relearning.learning.curriculum;

import java.util.List;

/**
 * How far a learner is along a path: each course's state, what is still needed, and the course to
 * take next.
 *
 * @param enrolled whether the learner follows the path
 * @param requiredLeft the required courses not completed yet, in the path's order
 * @param electivesLeft how many more electives must be completed
 * @param next the course recommended next, or {@code null} when nothing more is needed
 */
public record PathProgress(
    boolean enrolled,
    boolean completed,
    List<Step> steps,
    List<Step> requiredLeft,
    int electivesLeft,
    Step next) {

  /** Where a learner is with one course of the path. */
  public enum State {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
  }

  /** One course of the path as the learner meets it. */
  public record Step(
      long courseId, String title, boolean required, boolean published, State state) {

    public boolean isDone() {
      return state == State.DONE;
    }
  }

  public long doneCount() {
    return steps.stream().filter(Step::isDone).count();
  }

  /** Whether the path's own rule is met, whether or not completion was recorded yet. */
  public boolean ruleMet() {
    return requiredLeft.isEmpty() && electivesLeft == 0;
  }
}
