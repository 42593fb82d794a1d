package org.relearning.certificate.credential;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One signing key of the issuer. Exactly one is active (signs new credentials); retired ones stay
 * published so that what they signed still verifies.
 */
@Entity
@Table(name = "CRT_ISSUER_KEY")
@NamedQuery(
    name = "IssuerKey.active",
    query = "SELECT k FROM IssuerKey k WHERE k.activeSlot = " + IssuerKey.ACTIVE)
@NamedQuery(name = "IssuerKey.all", query = "SELECT k FROM IssuerKey k ORDER BY k.createdAt")
public class IssuerKey {

  /** The value of the unique ACTIVE_SLOT column for the active key; retired keys have null. */
  static final int ACTIVE = 1;

  public static final int KID_MAX = 64;
  public static final int PUBLIC_JWK_MAX = 1000;
  public static final int PRIVATE_JWK_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = KID_MAX, unique = true)
  private String kid;

  @Column(name = "PUBLIC_JWK", nullable = false, length = PUBLIC_JWK_MAX)
  private String publicJwk;

  @Column(name = "PRIVATE_JWK", nullable = false, length = PRIVATE_JWK_MAX)
  private String privateJwk;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "ACTIVE_SLOT", unique = true)
  private Integer activeSlot;

  protected IssuerKey() {}

  IssuerKey(ECKey key, Instant createdAt) {
    this.kid = key.getKeyID();
    this.publicJwk = KeyMaterial.publicJson(key);
    this.privateJwk = KeyMaterial.privateJson(key);
    this.createdAt = createdAt;
    this.activeSlot = ACTIVE;
  }

  void retire() {
    this.activeSlot = null;
  }

  public Long getId() {
    return id;
  }

  public String getKid() {
    return kid;
  }

  public String getPublicJwk() {
    return publicJwk;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isActive() {
    return activeSlot != null;
  }

  /** The key pair, for signing; never shown. */
  ECKey signingKey() {
    return KeyMaterial.parse(privateJwk);
  }

  ECKey publicKey() {
    return KeyMaterial.parse(publicJwk);
  }

  @Override
  public String toString() {
    return "IssuerKey[" + kid + (isActive() ? ", active]" : "]");
  }
}
