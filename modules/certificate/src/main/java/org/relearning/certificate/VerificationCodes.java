package org.relearning.certificate;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The two names of a certificate: a random 128-bit id for links and files, and a short code people
 * can type from paper (Crockford base32, no I, L, O or U, so it survives being read aloud).
 */
public final class VerificationCodes {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int CODE_LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  /** 16 random bytes, URL-safe base64 without padding: 22 characters. */
  public static String newUid() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Eight base32 characters (40 bits) shown as XXXX-XXXX. */
  public static String newCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH + 1);
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i == CODE_LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /**
   * The code as stored, from whatever a person typed: case, spaces and dashes do not matter, and
   * the letters people confuse with digits are read as those digits. Empty if it cannot be a code.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder clean = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case ' ', '-' -> {}
        case 'O' -> clean.append('0');
        case 'I', 'L' -> clean.append('1');
        default -> {
          if (new String(ALPHABET).indexOf(c) < 0) {
            return Optional.empty();
          }
          clean.append(c);
        }
      }
      if (clean.length() > CODE_LENGTH) {
        return Optional.empty();
      }
    }
    if (clean.length() != CODE_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(clean.substring(0, 4) + "-" + clean.substring(4));
  }
}
