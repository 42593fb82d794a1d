package org.relearning.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.QuestionTypes;

/** Turns the points each question earned into a score in percent. */
public final class Grading {

  private Grading() {}

  /** One question of a paper: points possible and the share earned (0 to 1). */
  public record Marked(int points, double share) {}

  public static int scorePercent(List<Marked> marks) {
    int possible = 0;
    double earned = 0;
    for (Marked m : marks) {
      possible += m.points();
      earned += m.points() * clamp(m.share());
    }
    return possible == 0 ? 0 : (int) Math.floor(earned * 100.0 / possible + 1e-9);
  }

  /** The score of the quiz's fixed questions for these responses, keyed by question id. */
  public static int scorePercent(Quiz quiz, Map<Long, String> responses, QuestionTypes types) {
    List<Marked> marks = new ArrayList<>();
    for (Question q : quiz.getQuestions()) {
      marks.add(
          new Marked(q.getPoints(), share(types.get(q.getType()), q, responses.get(q.getId()))));
    }
    return scorePercent(marks);
  }

  /** The share of the question's points the response earns; no response earns nothing. */
  public static double share(QuestionType type, Question q, String response) {
    return response == null ? 0 : clamp(type.grade(q, response));
  }

  public static double clamp(double share) {
    return Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
  }
}
