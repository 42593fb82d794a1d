package org.relearning.quiz.type;

import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * A kind of question, as a plugin: one CDI bean (plus its Facelets fragments in the web module).
 * Grading runs on the server only; nothing a browser sends is taken as a score.
 */
public interface QuestionType {

  /** Stored in {@code QZ_QUESTION.QUESTION_TYPE}. */
  String id();

  /** Bundle key of the name authors see. */
  String labelKey();

  /** Problems an author must fix before the question can be used, as bundle keys. */
  List<String> validate(Question question);

  /** The share of the question's points that {@code response} earns, from 0 to 1. */
  double grade(Question question, String response);

  /**
   * Whether a person has to grade responses (an essay, say). Such a type's {@link #grade} returns 0
   * and the attempt waits for a grader instead of counting that 0 as final.
   */
  default boolean gradedByHand() {
    return false;
  }
}
