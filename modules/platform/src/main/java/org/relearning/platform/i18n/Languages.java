package org.relearning.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages every screen, message and document is offered in. */
public final class Languages {

  public static final Locale THAI = Locale.forLanguageTag("th");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(THAI, ENGLISH);

  private Languages() {}

  public static boolean isThai(Locale locale) {
    return locale != null && "th".equals(locale.getLanguage());
  }

  /** The supported language closest to {@code locale}; English when nothing matches. */
  public static Locale closest(Locale locale) {
    return isThai(locale) ? THAI : ENGLISH;
  }

  public static Locale fromTag(String tag) {
    return tag == null || tag.isBlank() ? THAI : closest(Locale.forLanguageTag(tag));
  }
}
