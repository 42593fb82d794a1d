package org.relearning.certificate.pdf;

import java.util.Locale;
import java.util.ResourceBundle;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;

/** The fixed wording of a certificate in one language. */
record CertificateLabels(
    String title,
    String certifyThat,
    String completedCourse,
    String atLibrary,
    String completedOn,
    String verificationCode,
    String verifyAt,
    String hours,
    String grade,
    String gradePercent,
    String pathCourses) {

  static final String BUNDLE = "org.relearning.certificate.pdf.certificate";

  /**
   * Thai or English, nothing else: the bundle is looked up without falling back to the JVM's
   * default locale, so a server started with {@code -Duser.language=de} still prints English.
   */
  static CertificateLabels of(Locale language) {
    Locale supported = Languages.isThai(language) ? Languages.THAI : Languages.ENGLISH;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            supported,
            CertificateLabels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new CertificateLabels(
        bundle.getString("title"),
        bundle.getString("certifyThat"),
        bundle.getString("completedCourse"),
        bundle.getString("atLibrary"),
        bundle.getString("completedOn"),
        bundle.getString("verificationCode"),
        bundle.getString("verifyAt"),
        bundle.getString("hours"),
        bundle.getString("grade"),
        bundle.getString("gradePercent"),
        bundle.getString("pathCourses"));
  }

  /** The number as a Thai certificate with Thai numerals writes it (๐–๙), otherwise unchanged. */
  static String numerals(String number, Locale language, Dates.Digits digits) {
    if (!Languages.isThai(language) || digits != Dates.Digits.THAI) {
      return number;
    }
    StringBuilder b = new StringBuilder(number.length());
    for (char c : number.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
    }
    return b.toString();
  }
}
