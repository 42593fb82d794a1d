package org.relearning.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.relearning.identity.access.ReportScope;

/**
 * The enrolments and lesson activity the impact reports count, read as plain facts so that the
 * reports never touch this module's entities. A library administrator reads their library's only
 * ({@link ReportScope}).
 */
@Stateless
public class EnrolmentsForReports {

  /** An enrolment: who, which course of which library, when enrolled and when completed. */
  public record EnrolmentFact(
      long accountId, long courseId, long libraryId, Instant enrolledAt, Instant completedAt) {}

  /** A lesson done: who, in which course of which library, when. */
  public record LessonFact(long accountId, long courseId, long libraryId, Instant doneAt) {}

  @PersistenceContext(unitName = "learning")
  private EntityManager em;

  @Inject private ReportScope scope;

  /** Enrolments made or completed in [{@code from}, {@code until}), of the library or all. */
  public List<EnrolmentFact> enrolments(Long libraryId, Instant from, Instant until) {
    Long library = scope.libraryFor(libraryId);
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT e.accountId, e.courseId, e.libraryId, e.enrolledAt, e.completedAt"
                + " FROM Enrolment e WHERE ((e.enrolledAt >= :from AND e.enrolledAt < :until)"
                + " OR (e.completedAt >= :from AND e.completedAt < :until))"
                + inLibrary(library)
                + " ORDER BY e.id",
            Object[].class);
    return bind(q, library, from, until).getResultList().stream()
        .map(
            r ->
                new EnrolmentFact(
                    (Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3], (Instant) r[4]))
        .toList();
  }

  /** Lessons done in [{@code from}, {@code until}), of the library or all. */
  public List<LessonFact> lessonsDone(Long libraryId, Instant from, Instant until) {
    Long library = scope.libraryFor(libraryId);
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT e.accountId, e.courseId, e.libraryId, d.doneAt"
                + " FROM LessonDone d, Enrolment e WHERE d.enrolmentId = e.id"
                + " AND d.doneAt >= :from AND d.doneAt < :until"
                + inLibrary(library)
                + " ORDER BY d.id",
            Object[].class);
    return bind(q, library, from, until).getResultList().stream()
        .map(r -> new LessonFact((Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3]))
        .toList();
  }

  /** No "IS NULL" on a parameter: PostgreSQL cannot type a null parameter there. */
  private static String inLibrary(Long library) {
    return library == null ? "" : " AND e.libraryId = :library";
  }

  private static TypedQuery<Object[]> bind(
      TypedQuery<Object[]> q, Long library, Instant from, Instant until) {
    if (library != null) {
      q.setParameter("library", library);
    }
    return q.setParameter("from", from).setParameter("until", until);
  }
}
