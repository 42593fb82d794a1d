package org.relearning.quiz.attempt;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.question.QuestionVersion;

/**
 * Writes what many requests may race to write, each in a transaction of its own. Two starts at once
 * (a double tap on a slow phone) race for the same attempt number, two first attempts race to write
 * a question's version; the database lets one win, and the loser's failure stays here instead of
 * spoiling the caller's transaction, so the caller can pick up the winner's row.
 */
@Stateless
public class AttemptStarts {

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  /** One question of a new paper. */
  public record Planned(int page, long questionId, long versionId, List<Long> optionOrder) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long insert(
      long quizId, long accountId, int number, Instant at, Instant deadline, List<Planned> paper) {
    Attempt attempt = new Attempt(quizId, accountId, number, at, deadline);
    em.persist(attempt);
    em.flush();
    int position = 1;
    for (Planned p : paper) {
      em.persist(
          new PaperSlot(
              attempt.getId(),
              position++,
              p.page(),
              p.questionId(),
              p.versionId(),
              p.optionOrder()));
    }
    em.flush();
    return attempt.getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long insertVersion(Question question) {
    QuestionVersion v = new QuestionVersion(question);
    em.persist(v);
    em.flush();
    return v.getId();
  }
}
