package org.relearning.identity.library;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.relearning.platform.error.BusinessException;

/**
 * What the system administrator enters for a library. Codes are short, upper case Latin letters,
 * digits and hyphens ({@code UTT}, {@code BKK-01}), unique: they appear in reports and file names.
 */
public record LibraryDetails(String code, String nameTh, String nameEn, String province)
    implements Serializable {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

  /** The same details trimmed and upper-cased, or a refusal naming what is wrong. */
  public LibraryDetails checked() {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(c).matches()) {
      throw new BusinessException("library.codeInvalid", c);
    }
    String th = nameTh == null ? "" : nameTh.strip();
    String en = nameEn == null ? "" : nameEn.strip();
    if (th.isEmpty() || en.isEmpty()) {
      throw new BusinessException("library.nameRequired");
    }
    if (th.length() > Library.NAME_MAX || en.length() > Library.NAME_MAX) {
      throw new BusinessException("library.nameTooLong", Library.NAME_MAX);
    }
    String p = province == null || province.isBlank() ? null : province.strip();
    if (p != null && p.length() > Library.PROVINCE_MAX) {
      throw new BusinessException("library.provinceTooLong", Library.PROVINCE_MAX);
    }
    return new LibraryDetails(c, th, en, p);
  }
}
