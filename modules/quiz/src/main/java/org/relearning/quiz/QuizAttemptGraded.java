package org.relearning.quiz;

/** Fired inside the grading transaction; observers that record progress react after it commits. */
public record QuizAttemptGraded(
    long attemptId, long quizId, long courseId, long accountId, int scorePercent, boolean passed) {}
