package org.relearning.identity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.relearning.identity.account.Account;
import org.relearning.platform.error.BusinessException;

/**
 * A one-time link to set a password: handed to a new instructor, an imported learner, or someone
 * who forgot theirs. Only the SHA-256 of the token is stored, so the table alone opens nothing; the
 * token is shown once, to the administrator who issued it. It works once, and not after {@link
 * #VALID_FOR}.
 */
@Entity
@Table(name = "IDN_PASSWORD_LINK")
@NamedQuery(
    name = "PasswordLink.byHash",
    query = "SELECT l FROM PasswordLink l WHERE l.tokenHash = :hash")
@NamedQuery(
    name = "PasswordLink.use",
    query =
        "UPDATE PasswordLink l SET l.usedAt = :now WHERE l.id = :id AND l.usedAt IS NULL"
            + " AND l.expiresAt > :now")
@NamedQuery(
    name = "PasswordLink.retireOthers",
    query =
        "UPDATE PasswordLink l SET l.usedAt = :now WHERE l.accountId = :account"
            + " AND l.usedAt IS NULL")
@NamedQuery(
    name = "PasswordLink.countRecent",
    query =
        "SELECT COUNT(l) FROM PasswordLink l WHERE l.accountId = :account AND l.purpose = :purpose"
            + " AND l.createdAt > :since")
public class PasswordLink {

  public static final Duration VALID_FOR = Duration.ofHours(72);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Why the link was issued; the page reads the same, the audit log tells them apart. */
  public enum Purpose {
    INVITATION,
    RESET,
    /** Asked for by the person on the sign-in page and sent to their e-mail address. */
    EMAILED_RESET
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "TOKEN_HASH", nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "ISSUED_BY", nullable = false, length = Account.USERNAME_MAX)
  private String issuedBy;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  @Column(name = "USED_AT")
  private Instant usedAt;

  protected PasswordLink() {}

  PasswordLink(long accountId, String token, Purpose purpose, String issuedBy, Instant now) {
    this.accountId = accountId;
    this.tokenHash = hash(token);
    this.purpose = purpose;
    this.issuedBy = issuedBy;
    this.createdAt = now;
    this.expiresAt = now.plus(VALID_FOR);
  }

  /** 256 random bits, URL-safe: what goes into the link. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored instead of the token. A fast hash suffices: the token has 256 random bits. */
  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses a used or expired link with the reason a person can act on. */
  void checkUsable(Instant now) {
    if (usedAt != null) {
      throw new BusinessException("password.link.used");
    }
    if (!now.isBefore(expiresAt)) {
      throw new BusinessException("password.link.expired");
    }
  }

  /** Marks the link used, once; the service does the same as a conditional update for races. */
  void use(Instant now) {
    checkUsable(now);
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
