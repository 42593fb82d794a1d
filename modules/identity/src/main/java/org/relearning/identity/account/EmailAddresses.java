package org.relearning.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.relearning.platform.error.BusinessException;

/** The e-mail addresses people give: checked for shape and kept in one form, lower case. */
public final class EmailAddresses {

  public static final int MAX = 254;

  /** Something@something.something, without spaces or a second @; what mail servers accept. */
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  private EmailAddresses() {}

  /** The address to keep, or null for none given; one that cannot be an address is refused. */
  public static String normalize(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String a = address.strip().toLowerCase(Locale.ROOT);
    if (a.length() > MAX || !SHAPE.matcher(a).matches()) {
      throw new BusinessException("account.emailInvalid");
    }
    return a;
  }
}
