package org.relearning.certificate.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.relearning.platform.i18n.Dates;

/**
 * Everything printed on one certificate, already in the learner's language.
 *
 * @param language Thai ({@code th}) or English; decides labels and date format
 * @param verificationCode short code printed under the QR code, e.g. {@code K7QX-M2PA}
 * @param verificationUrl the address the QR code encodes, printed in full for people without a
 *     camera
 * @param digits how a Thai certificate writes the numbers of its date (Thai numerals are the formal
 *     choice; Arabic ones the everyday one); English always uses Arabic numerals
 * @param hours the course's estimated hours; none: not printed
 * @param grade the learner's result, already worded; blank or none: not printed (no quiz)
 * @param pathCourses for a career path's certificate, the courses completed on the way, printed
 *     under the path's title; empty for a course's certificate
 */
public record CertificateContent(
    Locale language,
    String learnerName,
    String courseTitle,
    String libraryName,
    LocalDate completedOn,
    String verificationCode,
    String verificationUrl,
    Dates.Digits digits,
    BigDecimal hours,
    String grade,
    List<String> pathCourses) {

  /** A course passed with this mean quiz score, as a certificate words it: "ผ่าน (85%)". */
  public static String gradeWording(Locale language, Dates.Digits digits, int percent) {
    String number = CertificateLabels.numerals(Integer.toString(percent), language, digits);
    return new MessageFormat(CertificateLabels.of(language).gradePercent(), language)
        .format(new Object[] {number});
  }

  /** A course's certificate: no list of courses. */
  public CertificateContent(
      Locale language,
      String learnerName,
      String courseTitle,
      String libraryName,
      LocalDate completedOn,
      String verificationCode,
      String verificationUrl,
      Dates.Digits digits,
      BigDecimal hours,
      String grade) {
    this(
        language,
        learnerName,
        courseTitle,
        libraryName,
        completedOn,
        verificationCode,
        verificationUrl,
        digits,
        hours,
        grade,
        List.of());
  }

  /** With Arabic numerals, the everyday choice. */
  public CertificateContent(
      Locale language,
      String learnerName,
      String courseTitle,
      String libraryName,
      LocalDate completedOn,
      String verificationCode,
      String verificationUrl) {
    this(
        language,
        learnerName,
        courseTitle,
        libraryName,
        completedOn,
        verificationCode,
        verificationUrl,
        Dates.Digits.ARABIC);
  }

  /** Without hours or grade, as the built-in design prints it. */
  public CertificateContent(
      Locale language,
      String learnerName,
      String courseTitle,
      String libraryName,
      LocalDate completedOn,
      String verificationCode,
      String verificationUrl,
      Dates.Digits digits) {
    this(
        language,
        learnerName,
        courseTitle,
        libraryName,
        completedOn,
        verificationCode,
        verificationUrl,
        digits,
        null,
        null);
  }

  public CertificateContent {
    Objects.requireNonNull(digits, "digits");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(learnerName, "learnerName");
    Objects.requireNonNull(courseTitle, "courseTitle");
    Objects.requireNonNull(libraryName, "libraryName");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(verificationCode, "verificationCode");
    Objects.requireNonNull(verificationUrl, "verificationUrl");
    pathCourses = pathCourses == null ? List.of() : List.copyOf(pathCourses);
  }

  /**
   * The courses of a path's certificate as one line to print ("หลักสูตรที่เรียนจบ: …"), or none.
   */
  public java.util.Optional<String> pathCoursesLine() {
    if (pathCourses.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new MessageFormat(CertificateLabels.of(language).pathCourses(), language)
            .format(new Object[] {String.join(" · ", pathCourses)}));
  }
}
