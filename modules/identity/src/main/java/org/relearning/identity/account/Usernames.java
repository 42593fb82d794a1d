package org.relearning.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.relearning.platform.error.BusinessException;

/**
 * Sign-in names: lower case Latin letters, digits and {@code . _ -}, 3 to 60 characters, so that
 * they can be typed on any phone keyboard and read aloud at the library desk.
 */
public final class Usernames {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

  private Usernames() {}

  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The normalized username, or a refusal saying what is allowed. */
  public static String check(String username) {
    String name = normalize(username);
    if (!ALLOWED.matcher(name).matches()) {
      throw new BusinessException("account.username.invalid", name);
    }
    return name;
  }

  public static boolean isValid(String username) {
    return ALLOWED.matcher(normalize(username)).matches();
  }
}
