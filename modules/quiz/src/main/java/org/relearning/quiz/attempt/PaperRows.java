package org.relearning.quiz.attempt;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * Where an attempt's paper is kept. While the attempt is in progress, in the attempt's own row
 * (written with it at the start: no second statement when a whole class starts at once); from
 * submission on, as rows of {@code QZ_ATTEMPT_SLOT}, which carry each question's marks and the
 * grader's comments. A paper too long for the row, and those of attempts begun before the row kept
 * one, are rows from the start.
 */
public final class PaperRows {

  private PaperRows() {}

  /** The paper of an attempt whose row keeps it; empty when its paper is in rows. */
  public static Optional<List<PaperSlot>> inRow(Attempt attempt) {
    String paper = attempt.paperInRow();
    return paper == null
        ? Optional.empty()
        : Optional.of(PaperSlot.fromRow(attempt.getId(), paper));
  }

  /**
   * At submission, in the submitting transaction: the graded paper kept in the attempt's row
   * becomes rows, and the row lets it go. Nothing to do when the paper is in rows already (their
   * marks are written with the transaction).
   */
  public static void writeOut(EntityManager em, Attempt attempt, List<PaperSlot> graded) {
    if (attempt.paperInRow() != null) {
      insert(em, graded);
      attempt.paperWrittenOut();
    }
  }

  /** Writes the slots as rows in one statement, whatever the number of questions. */
  static void insert(EntityManager em, List<PaperSlot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO QZ_ATTEMPT_SLOT (ATTEMPT_ID, POSITION, PAGE, QUESTION_ID, VERSION_ID,"
                + " OPTION_ORDER, FRACTION, NEEDS_GRADING) VALUES ");
    for (int i = 0; i < slots.size(); i++) {
      PaperSlot s = slots.get(i);
      // literals where a bound value would be NULL or a boolean: neither database then has to
      // guess the type of an untyped parameter
      sql.append(i == 0 ? "" : ", ")
          .append("(?, ?, ?, ?, ?, ?, ")
          .append(s.getFraction() == null ? "NULL" : "?")
          .append(s.isNeedsGrading() ? ", TRUE)" : ", FALSE)");
    }
    Query insert = em.createNativeQuery(sql.toString());
    int parameter = 1;
    for (PaperSlot s : slots) {
      insert.setParameter(parameter++, s.getAttemptId());
      insert.setParameter(parameter++, s.getPosition());
      insert.setParameter(parameter++, s.getPage());
      insert.setParameter(parameter++, s.getQuestionId());
      insert.setParameter(parameter++, s.getVersionId());
      insert.setParameter(parameter++, PaperSlot.joined(s.getOptionOrder()));
      if (s.getFraction() != null) {
        insert.setParameter(parameter++, s.getFraction());
      }
    }
    insert.executeUpdate();
  }
}
