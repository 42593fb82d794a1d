package org.relearning.quiz.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One submitted quiz attempt, with a slot for each question drawn into it. With random draws two
 * attempts of the same quiz may hold different questions; a question appears at most once in an
 * attempt.
 *
 * @param attemptId the attempt
 * @param accountId the learner's account
 * @param learnerName the learner's name as it should appear in reports ("" when unknown)
 * @param attemptNo the learner's attempt number for this quiz, from 1
 * @param startedAt when the attempt was started, or {@code null} if unknown
 * @param submittedAt when the attempt was submitted, or {@code null} if unknown
 * @param scorePercent the attempt's score in percent, or {@code null} while grading is pending
 * @param passed whether the attempt passed, or {@code null} while grading is pending or when the
 *     quiz has no pass mark
 * @param slots the questions of the attempt in the order they were shown
 */
public record AttemptRecord(
    long attemptId,
    long accountId,
    String learnerName,
    int attemptNo,
    Instant startedAt,
    Instant submittedAt,
    Integer scorePercent,
    Boolean passed,
    List<SlotRecord> slots) {

  public AttemptRecord {
    learnerName = learnerName == null ? "" : learnerName;
    slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
  }

  /** The points earned over the graded slots; slots waiting for a grader add nothing. */
  public double gradedPoints() {
    double sum = 0;
    for (SlotRecord slot : slots) {
      if (slot.graded()) {
        sum += slot.earnedPoints();
      }
    }
    return sum;
  }
}
