package org.relearning.quiz;

import java.util.Map;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionTypes;

/** Turns saved responses into a score in percent, with each question's type deciding its share. */
public final class Grading {

  private Grading() {}

  public static int scorePercent(Quiz quiz, Map<Long, String> responses, QuestionTypes types) {
    int possible = 0;
    double earned = 0;
    for (Question q : quiz.getQuestions()) {
      possible += q.getPoints();
      String response = responses.get(q.getId());
      if (response != null) {
        earned += q.getPoints() * clamp(types.get(q.getType()).grade(q, response));
      }
    }
    return possible == 0 ? 0 : (int) Math.floor(earned * 100.0 / possible + 1e-9);
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
