package org.relearning.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /** Entries that match, newest first, a page at a time (at most 200). No access check here. */
  public List<AuditEntry> search(AuditQuery query, int first, int max) {
    return typed(query, "SELECT a", " ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
        .getResultList();
  }

  public long count(AuditQuery query) {
    return typed(query, "SELECT COUNT(a)", "", Long.class).getSingleResult();
  }

  public Optional<AuditEntry> find(long id) {
    return Optional.ofNullable(em.find(AuditEntry.class, id));
  }

  static final int PAGE_MAX = 200;

  private <T> TypedQuery<T> typed(AuditQuery query, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEntry a WHERE 1 = 1");
    if (query.libraryId() != null) {
      jpql.append(" AND a.libraryId = :library");
    }
    List<String> prefixes = query.actionPrefixes();
    if (!prefixes.isEmpty()) {
      jpql.append(" AND (");
      for (int i = 0; i < prefixes.size(); i++) {
        jpql.append(i == 0 ? "" : " OR ").append("a.action LIKE :action").append(i);
        jpql.append(" ESCAPE '\\'");
      }
      jpql.append(")");
    }
    String actor = lower(query.actor());
    if (!actor.isEmpty()) {
      jpql.append(" AND LOWER(a.actor) LIKE :actor ESCAPE '\\'");
    }
    String subject = lower(query.subject());
    if (!subject.isEmpty()) {
      jpql.append(" AND LOWER(a.subject) LIKE :subject ESCAPE '\\'");
    }
    if (query.from() != null) {
      jpql.append(" AND a.at >= :from");
    }
    if (query.until() != null) {
      jpql.append(" AND a.at < :until");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    if (query.libraryId() != null) {
      q.setParameter("library", query.libraryId());
    }
    for (int i = 0; i < prefixes.size(); i++) {
      q.setParameter("action" + i, escape(prefixes.get(i)) + "%");
    }
    if (!actor.isEmpty()) {
      q.setParameter("actor", "%" + escape(actor) + "%");
    }
    if (!subject.isEmpty()) {
      q.setParameter("subject", "%" + escape(subject) + "%");
    }
    if (query.from() != null) {
      q.setParameter("from", query.from());
    }
    if (query.until() != null) {
      q.setParameter("until", query.until());
    }
    return q;
  }

  private static String lower(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
