package org.relearning.certificate.credential;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The issuer's keys: the one that signs, created on first use and shared by every node through the
 * database, and the set of all public keys that verifiers fetch.
 *
 * <p>Both are cached for a few minutes: a key rotated on another node reaches this one within that
 * time, and until then the old key still signs credentials that verify, because retired keys stay
 * in the published set.
 */
@ApplicationScoped
public class IssuerKeys {

  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());
  static final Duration CACHE_FOR = Duration.ofMinutes(10);

  @EJB private IssuerKeyStore store;
  @Inject private Clock clock;

  private volatile Cached<ECKey> signing;
  private volatile Cached<JWKSet> published;

  private record Cached<T>(T value, Instant until) {}

  /** The active key pair; creates and stores it if the issuer has none yet. */
  public ECKey signingKey() {
    Cached<ECKey> c = signing;
    Instant now = clock.instant();
    if (c != null && now.isBefore(c.until())) {
      return c.value();
    }
    ECKey key = loadOrCreate().signingKey();
    signing = new Cached<>(key, now.plus(CACHE_FOR));
    return key;
  }

  /** Every public key, active and retired: what {@code /api/v1/issuer/jwks} publishes. */
  public JWKSet publicJwkSet() {
    Cached<JWKSet> c = published;
    Instant now = clock.instant();
    if (c != null && now.isBefore(c.until())) {
      return c.value();
    }
    signingKey();
    List<JWK> keys = store.all().stream().<JWK>map(IssuerKey::publicKey).toList();
    JWKSet set = new JWKSet(keys);
    published = new Cached<>(set, now.plus(CACHE_FOR));
    return set;
  }

  /** Retires the active key and starts signing with a new one; old credentials still verify. */
  public String rotate() {
    IssuerKey key = store.activateNew();
    signing = null;
    published = null;
    LOG.info(() -> "Issuer key rotated, now signing with " + key.getKid());
    return key.getKid();
  }

  private IssuerKey loadOrCreate() {
    return store.findActive().orElseGet(this::createFirst);
  }

  /** Two nodes may both find no key: one insert wins the unique constraint, the other re-reads. */
  private IssuerKey createFirst() {
    try {
      IssuerKey key = store.activateFirst();
      LOG.info(() -> "Issuer signing key " + key.getKid() + " in use");
      return key;
    } catch (RuntimeException lostRace) {
      LOG.log(Level.FINE, "Creating the first issuer key failed; reading the winner's", lostRace);
      return store
          .findActive()
          .orElseThrow(() -> new IllegalStateException("No issuer key", lostRace));
    }
  }
}
