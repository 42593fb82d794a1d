package org.relearning.quiz;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.relearning.identity.access.ReportScope;
import org.relearning.quiz.attempt.AttemptStatus;

/**
 * The handed-in quiz attempts the impact reports count (for active learners and the average quiz
 * score), read as plain facts. A library administrator reads their library's only ({@link
 * ReportScope}).
 */
@Stateless
public class AttemptsForReports {

  /**
   * An attempt handed in: by whom, at which quiz of which course and library, when, its score in
   * percent ({@code null} while a grader still has to mark it) and how the quiz counts attempts.
   */
  public record AttemptFact(
      long accountId,
      long quizId,
      long courseId,
      long libraryId,
      Instant submittedAt,
      Integer scorePercent,
      GradingMethod gradingMethod) {}

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @Inject private ReportScope scope;

  /** Attempts handed in during [{@code from}, {@code until}), oldest first. */
  public List<AttemptFact> handedIn(Long libraryId, Instant from, Instant until) {
    Long library = scope.libraryFor(libraryId);
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT a.accountId, q.id, q.courseId, q.libraryId, a.submittedAt, a.scorePercent,"
                + " a.status, q.gradingMethod FROM Attempt a, Quiz q WHERE a.quizId = q.id"
                + " AND a.status <> :inProgress AND a.submittedAt >= :from"
                + " AND a.submittedAt < :until"
                + (library == null ? "" : " AND q.libraryId = :library")
                + " ORDER BY a.submittedAt, a.id",
            Object[].class);
    if (library != null) {
      q.setParameter("library", library);
    }
    return q
        .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList()
        .stream()
        .map(
            r ->
                new AttemptFact(
                    (Long) r[0],
                    (Long) r[1],
                    (Long) r[2],
                    (Long) r[3],
                    (Instant) r[4],
                    r[6] == AttemptStatus.SUBMITTED ? (Integer) r[5] : null,
                    (GradingMethod) r[7]))
        .toList();
  }
}
