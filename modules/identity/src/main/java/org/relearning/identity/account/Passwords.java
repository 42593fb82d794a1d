package org.relearning.identity.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 hashing from Jakarta Security, with parameters chosen for 2026 hardware. */
@ApplicationScoped
public class Passwords {

  private static final String NOT_SET = "!not-set";

  /** A hash of nothing in particular, checked against when the user does not exist. */
  private String decoy;

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "60000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String stored) {
    if (stored == null || stored.startsWith(NOT_SET)) {
      burnTime(password);
      return false;
    }
    return password != null && hash.verify(password.toCharArray(), stored);
  }

  /**
   * What an account holds until its owner sets a password through a one-time link: matches no
   * password, and costs no hashing when hundreds of learners are imported at once.
   */
  public String notSet() {
    return NOT_SET;
  }

  /** Spends the time a real check would, so that timing does not tell which usernames exist. */
  void burnTime(String password) {
    hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
  }
}
