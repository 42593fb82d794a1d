package org.relearning.certificate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.relearning.identity.access.ReportScope;

/**
 * The certificates the impact reports count, read as plain facts: every certificate issued in the
 * period, whatever became of it later (a certificate revoked since was still issued). A library
 * administrator reads their library's only ({@link ReportScope}).
 */
@Stateless
public class CertificatesForReports {

  /** A certificate issued: to whom, for which course of which library, when. */
  public record IssuedFact(long accountId, long courseId, long libraryId, Instant issuedAt) {}

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @Inject private ReportScope scope;

  /** Certificates issued in [{@code from}, {@code until}). */
  public List<IssuedFact> issued(Long libraryId, Instant from, Instant until) {
    Long library = scope.libraryFor(libraryId);
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT c.accountId, c.courseId, c.libraryId, c.issuedAt FROM Certificate c"
                + " WHERE c.issuedAt >= :from AND c.issuedAt < :until"
                + (library == null ? "" : " AND c.libraryId = :library")
                + " ORDER BY c.id",
            Object[].class);
    if (library != null) {
      q.setParameter("library", library);
    }
    return q.setParameter("from", from).setParameter("until", until).getResultList().stream()
        .map(r -> new IssuedFact((Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3]))
        .toList();
  }
}
