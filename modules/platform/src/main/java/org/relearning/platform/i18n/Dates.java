package org.relearning.platform.i18n;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as people read them: Buddhist era in Thai (พ.ศ.), Gregorian in English.
 *
 * <p>A plain {@code th-TH} locale keeps the Gregorian year, so Thai formatting goes through the
 * Thai Buddhist chronology explicitly. Digits are Arabic by default (what most Thai screens show);
 * {@link Digits#THAI} gives ๐–๙ for formal documents.
 */
public final class Dates {

  /** Which digits a Thai date is written with. */
  public enum Digits {
    ARABIC,
    THAI
  }

  private static final Locale THAI_BUDDHIST = Locale.forLanguageTag("th-TH-u-ca-buddhist");
  private static final Locale THAI_BUDDHIST_THAI_DIGITS =
      Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai");

  private static final DateTimeFormatter ENGLISH_LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private Dates() {}

  /** "24 พฤศจิกายน 2569" / "24 November 2026". */
  public static String longDate(LocalDate date, Locale locale) {
    return longDate(date, locale, Digits.ARABIC);
  }

  /** "๒๔ พฤศจิกายน ๒๕๖๙" with {@link Digits#THAI}; digits only matter in Thai. */
  public static String longDate(LocalDate date, Locale locale, Digits digits) {
    if (!Languages.isThai(locale)) {
      return ENGLISH_LONG.format(date);
    }
    return thai("d MMMM yyyy", digits).format(date);
  }

  /** "24 พ.ย. 2569" / "24 Nov 2026", for tables. */
  public static String shortDate(LocalDate date, Locale locale) {
    if (!Languages.isThai(locale)) {
      return ENGLISH_SHORT.format(date);
    }
    return thai("d MMM yyyy", Digits.ARABIC).format(date);
  }

  /** "24 พ.ย. 2569 14:05" / "24 Nov 2026 14:05". */
  public static String shortDateTime(ZonedDateTime time, Locale locale) {
    if (!Languages.isThai(locale)) {
      return ENGLISH_DATE_TIME.format(time);
    }
    return thai("d MMM yyyy HH:mm", Digits.ARABIC).format(time);
  }

  /** "วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569" / "Tuesday, 24 November 2026". */
  public static String fullDate(LocalDate date, Locale locale) {
    if (!Languages.isThai(locale)) {
      return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH).format(date);
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
        .localizedBy(THAI_BUDDHIST)
        .format(date);
  }

  /** {@code localizedBy} takes the Buddhist calendar from the locale's {@code ca} extension. */
  private static DateTimeFormatter thai(String pattern, Digits digits) {
    Locale locale = digits == Digits.THAI ? THAI_BUDDHIST_THAI_DIGITS : THAI_BUDDHIST;
    return DateTimeFormatter.ofPattern(pattern).localizedBy(locale);
  }
}
