package org.relearning.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.relearning.platform.i18n.Languages;

/**
 * A certificate of completion. The names on it are copied when it is issued, so that it reads the
 * same years later whatever happens to the course or the account.
 */
@Entity
@Table(name = "CRT_CERTIFICATE")
@NamedQuery(name = "Certificate.byUid", query = "SELECT c FROM Certificate c WHERE c.uid = :uid")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
    name = "Certificate.ofAccountAndCourse",
    query =
        "SELECT c FROM Certificate c WHERE c.accountId = :account AND c.courseId = :course"
            + " AND c.status = :status")
@NamedQuery(
    name = "Certificate.byEnrolment",
    query = "SELECT c FROM Certificate c WHERE c.enrolmentId = :enrolment")
@NamedQuery(
    name = "Certificate.enrolmentIds",
    query = "SELECT c.enrolmentId FROM Certificate c WHERE c.enrolmentId IS NOT NULL")
@NamedQuery(
    name = "Certificate.pathEnrolmentIds",
    query = "SELECT c.pathEnrolmentId FROM Certificate c WHERE c.pathEnrolmentId IS NOT NULL")
@NamedQuery(
    name = "Certificate.ofAccount",
    query = "SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedAt DESC")
@NamedQuery(
    name = "Certificate.ofLibrary",
    query = "SELECT c FROM Certificate c WHERE c.libraryId = :library ORDER BY c.issuedAt DESC")
@NamedQuery(
    name = "Certificate.byPathEnrolment",
    query = "SELECT c FROM Certificate c WHERE c.pathEnrolmentId = :path")
@NamedQuery(
    name = "Certificate.all",
    query = "SELECT c FROM Certificate c ORDER BY c.issuedAt DESC")
public class Certificate {

  public static final int NAME_MAX = 200;
  public static final int REASON_MAX = 1000;
  public static final int PATH_COURSES_MAX = 4000;

  /**
   * The course id of a career path's certificate, which stands for a path, not one course (ids
   * start at 1, so no course's certificates are mistaken for it).
   */
  public static final long NO_COURSE = 0;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32, unique = true)
  private String uid;

  @Column(nullable = false, length = 16, unique = true)
  private String code;

  @Column(name = "ENROLMENT_ID", unique = true)
  private Long enrolmentId;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Column(name = "LEARNER_NAME_TH", nullable = false, length = NAME_MAX)
  private String learnerNameTh;

  @Column(name = "LEARNER_NAME_EN", nullable = false, length = NAME_MAX)
  private String learnerNameEn;

  @Column(name = "COURSE_TITLE", nullable = false, length = NAME_MAX)
  private String courseTitle;

  @Column(name = "LIBRARY_NAME_TH", nullable = false, length = NAME_MAX)
  private String libraryNameTh;

  @Column(name = "LIBRARY_NAME_EN", nullable = false, length = NAME_MAX)
  private String libraryNameEn;

  @Column(name = "COMPLETED_ON", nullable = false)
  private LocalDate completedOn;

  @Column(name = "ISSUED_AT", nullable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CertificateStatus status;

  @Column(name = "EXPIRES_ON")
  private LocalDate expiresOn;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  @Column(name = "REVOKE_REASON", length = REASON_MAX)
  private String revokeReason;

  /** The template version it was issued with; none: the built-in design. */
  @Column(name = "TEMPLATE_VERSION_ID", updatable = false)
  private Long templateVersionId;

  /** The course's estimated hours when it was issued; none: not given. */
  @Column(name = "GRADE_PERCENT")
  private Integer gradePercent;

  @Column(name = "HOURS", precision = 4, scale = 1, updatable = false)
  private BigDecimal hours;

  /** A career path's certificate: the path enrolment it completes; none for a course's. */
  @Column(name = "PATH_ENROLMENT_ID", unique = true, updatable = false)
  private Long pathEnrolmentId;

  /** A career path's certificate: the courses completed on the path, one title a line. */
  @Column(name = "PATH_COURSES", length = PATH_COURSES_MAX, updatable = false)
  private String pathCourses;

  protected Certificate() {}

  /** What a certificate says about whom; copied from the other modules when issued. */
  public record Holder(
      long accountId,
      String learnerNameTh,
      String learnerNameEn,
      long courseId,
      String courseTitle,
      long libraryId,
      String libraryNameTh,
      String libraryNameEn) {}

  Certificate(
      String uid,
      String code,
      Long enrolmentId,
      Holder h,
      LocalDate completedOn,
      Instant issuedAt) {
    this.uid = uid;
    this.code = code;
    this.enrolmentId = enrolmentId;
    this.accountId = h.accountId();
    this.learnerNameTh = h.learnerNameTh();
    this.learnerNameEn = h.learnerNameEn();
    this.courseId = h.courseId();
    this.courseTitle = h.courseTitle();
    this.libraryId = h.libraryId();
    this.libraryNameTh = h.libraryNameTh();
    this.libraryNameEn = h.libraryNameEn();
    this.completedOn = completedOn;
    this.issuedAt = issuedAt;
    this.status = CertificateStatus.VALID;
  }

  void revoke(Instant at, String reason) {
    this.status = CertificateStatus.REVOKED;
    this.revokedAt = at;
    this.revokeReason = reason;
  }

  /** Makes this the certificate of a whole career path, listing the courses completed on it. */
  void forPath(long pathEnrolmentId, List<String> courseTitles) {
    this.pathEnrolmentId = pathEnrolmentId;
    String joined = String.join("\n", courseTitles);
    this.pathCourses =
        joined.length() > PATH_COURSES_MAX ? joined.substring(0, PATH_COURSES_MAX) : joined;
  }

  public Long getPathEnrolmentId() {
    return pathEnrolmentId;
  }

  /** Whether it certifies a whole career path rather than one course. */
  public boolean isForPath() {
    return pathEnrolmentId != null;
  }

  /** The courses a path certificate lists; empty for a course's certificate. */
  public List<String> getPathCourses() {
    return pathCourses == null || pathCourses.isEmpty()
        ? List.of()
        : List.of(pathCourses.split("\n"));
  }

  /** The design it is printed with, and the hours it states, fixed when it is issued. */
  void printedWith(Long templateVersionId, BigDecimal hours) {
    this.templateVersionId = templateVersionId;
    this.hours = hours;
  }

  public Long getTemplateVersionId() {
    return templateVersionId;
  }

  public BigDecimal getHours() {
    return hours;
  }

  /**
   * The learner's mean quiz score, as a whole percent, fixed when issued for a course taken online.
   */
  void gradedWith(Integer percent) {
    this.gradePercent = percent;
  }

  /** None for a course without graded quizzes and for certificates issued by hand. */
  public Integer getGradePercent() {
    return gradePercent;
  }

  /** After a name was misspelt: the same certificate, with the learner's names corrected. */
  void expiresOn(LocalDate lastValidDay) {
    this.expiresOn = lastValidDay;
  }

  /** The last day it is valid; none: it never expires. */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /** Whether it has expired by {@code today} (revoked is told apart by {@link #isRevoked()}). */
  public boolean isExpiredOn(LocalDate today) {
    return expiresOn != null && today.isAfter(expiresOn);
  }

  void correctName(String nameTh, String nameEn) {
    this.learnerNameTh = nameTh;
    this.learnerNameEn = nameEn;
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  public String getCode() {
    return code;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public String learnerName(Locale locale) {
    return Languages.isThai(locale) || learnerNameEn.isBlank() ? learnerNameTh : learnerNameEn;
  }

  public String libraryName(Locale locale) {
    return Languages.isThai(locale) ? libraryNameTh : libraryNameEn;
  }

  public String getLearnerNameTh() {
    return learnerNameTh;
  }

  public String getLearnerNameEn() {
    return learnerNameEn;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getLibraryNameTh() {
    return libraryNameTh;
  }

  public String getLibraryNameEn() {
    return libraryNameEn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public boolean isRevoked() {
    return status == CertificateStatus.REVOKED;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
