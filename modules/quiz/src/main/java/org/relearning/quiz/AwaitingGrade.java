package org.relearning.quiz;

import java.io.Serializable;
import java.time.Instant;

/** One answer waiting for a grader: which attempt, whose, the question and the response. */
public record AwaitingGrade(
    long answerId,
    long attemptId,
    long accountId,
    String quizTitle,
    String questionText,
    int points,
    String response,
    Instant submittedAt)
    implements Serializable {}
