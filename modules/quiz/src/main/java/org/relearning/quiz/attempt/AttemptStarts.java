package org.relearning.quiz.attempt;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.question.QuestionVersion;

/**
 * Writes what many requests may race to write, each in a transaction of its own. Two starts at once
 * (a double tap on a slow phone) race for the same attempt number, two first attempts race to write
 * a question's version; the database lets one win, and the loser's failure stays here instead of
 * spoiling the caller's transaction, so the caller can pick up the winner's row. A lost race is an
 * expected outcome, not an error: it comes back as an empty result, rolled back, with one line in
 * the log rather than a stack trace.
 */
@Stateless
public class AttemptStarts {

  private static final Logger LOG = Logger.getLogger(AttemptStarts.class.getName());

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @Resource private SessionContext context;

  /** One question of a new paper. */
  public record Planned(int page, long questionId, long versionId, List<Long> optionOrder) {}

  /**
   * The new attempt, as written; empty when the database refused it (another start won, or a lock).
   * Its paper goes in with it, in its row: one statement (see {@link PaperRows}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Attempt> insert(
      long quizId, long accountId, int number, Instant at, Instant deadline, List<Planned> paper) {
    try {
      String inRow = PaperSlot.inRow(paper);
      Attempt attempt = new Attempt(quizId, accountId, number, at, deadline, inRow);
      em.persist(attempt);
      em.flush();
      if (inRow == null) {
        List<PaperSlot> rows = new ArrayList<>();
        for (Planned p : paper) {
          rows.add(new PaperSlot(attempt.getId(), rows.size() + 1, p));
        }
        PaperRows.insert(em, rows);
      }
      return Optional.of(attempt);
    } catch (PersistenceException refused) {
      lost("attempt " + number + " of quiz " + quizId + " by account " + accountId, refused);
      return Optional.empty();
    }
  }

  /** The new version's id; empty when another request wrote the same version first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalLong insertVersion(Question question) {
    try {
      QuestionVersion v = new QuestionVersion(question);
      em.persist(v);
      em.flush();
      return OptionalLong.of(v.getId());
    } catch (PersistenceException refused) {
      lost("revision " + question.getRevision() + " of question " + question.getId(), refused);
      return OptionalLong.empty();
    }
  }

  private void lost(String what, PersistenceException refused) {
    context.setRollbackOnly();
    Throwable cause = refused;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String reason = cause.getMessage();
    LOG.info(
        () ->
            "Not written, another request came first or the database was busy: "
                + what
                + " ("
                + reason
                + ")");
  }
}
