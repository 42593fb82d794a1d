package org.relearning.certificate.credential;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes issuer keys, each call in a transaction of its own, so that losing the race to
 * create the first key rolls back only that attempt and not the caller's work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IssuerKeyStore {

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @Inject private Clock clock;

  public Optional<IssuerKey> findActive() {
    return em.createNamedQuery("IssuerKey.active", IssuerKey.class).getResultStream().findFirst();
  }

  public List<IssuerKey> all() {
    return em.createNamedQuery("IssuerKey.all", IssuerKey.class).getResultList();
  }

  /**
   * Stores a new active key, retiring the current one. Fails on the unique ACTIVE_SLOT constraint
   * if another node activated a key in the meantime.
   */
  public IssuerKey activateNew() {
    findActive()
        .ifPresent(
            old -> {
              old.retire();
              em.flush();
            });
    IssuerKey key = new IssuerKey(KeyMaterial.generate(), clock.instant());
    em.persist(key);
    em.flush();
    return key;
  }

  /** Creates the first key unless one exists; never retires anything. */
  public IssuerKey activateFirst() {
    Optional<IssuerKey> existing = findActive();
    if (existing.isPresent()) {
      return existing.get();
    }
    IssuerKey key = new IssuerKey(KeyMaterial.generate(), clock.instant());
    em.persist(key);
    em.flush();
    return key;
  }
}
