/**
 * Question exchange formats (Aiken, GIFT, Moodle XML): readers turn text into a neutral, immutable
 * model and report what they could not import; the writers turn the model back into GIFT or Moodle
 * XML. {@link org.relearning.quiz.exchange.QuizJson} is the form a whole quiz takes inside a course
 * archive, exact for every question type. Nothing here touches the database; saving imported
 * questions is the quiz service's job.
 */
package org.relearning.quiz.exchange;
