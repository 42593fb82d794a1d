/**
 * Statistics over submitted quiz attempts and the attempts spreadsheet. Plain, immutable inputs
 * ({@link org.relearning.quiz.stats.AttemptRecord}, {@link org.relearning.quiz.stats.SlotRecord})
 * go in; per-question figures ({@link org.relearning.quiz.stats.QuestionStatistics}) and CSV text
 * ({@link org.relearning.quiz.stats.AttemptsCsv}) come out. Nothing here touches the database or
 * the message bundles: loading the attempts and translating labels is the caller's job.
 */
package org.relearning.quiz.stats;
