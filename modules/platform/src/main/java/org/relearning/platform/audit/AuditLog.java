package org.relearning.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Records actions that someone may later have to account for, in the caller's transaction. */
@Stateless
public class AuditLog {

  @PersistenceContext(unitName = "platform")
  private EntityManager em;

  @Inject private Clock clock;

  public void record(String actor, String action, String subject, Long libraryId, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subject, libraryId, detail));
  }

  /** What happened to one thing (e.g. "course:42"), newest first. */
  public List<AuditEntry> about(String subject, int max) {
    return em.createNamedQuery("AuditEntry.about", AuditEntry.class)
        .setParameter("subject", subject)
        .setMaxResults(max)
        .getResultList();
  }

  public List<AuditEntry> recent(int max) {
    return em.createNamedQuery("AuditEntry.recent", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }
}
