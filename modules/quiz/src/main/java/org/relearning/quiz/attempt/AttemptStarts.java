package org.relearning.quiz.attempt;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes a new attempt in a transaction of its own. Two starts at once (a double tap on a slow
 * phone) race for the same attempt number; the database lets one win, and the loser's failure stays
 * here instead of spoiling the caller's transaction, so the caller can pick up the winner's.
 */
@Stateless
public class AttemptStarts {

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long insert(long quizId, long accountId, int number, Instant at) {
    Attempt attempt = new Attempt(quizId, accountId, number, at);
    em.persist(attempt);
    em.flush();
    return attempt.getId();
  }
}
