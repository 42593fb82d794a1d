package org.relearning.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A learner taking a course of a library, from enrolling to completing it. A learner who takes the
 * course again to renew an expiring certificate gets a new enrolment with the next round number;
 * the latest round is the one they follow.
 */
@Entity
@Table(name = "LRN_ENROLMENT")
@NamedQuery(
    name = "Enrolment.of",
    query =
        "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.courseId = :course"
            + " ORDER BY e.roundNo DESC")
@NamedQuery(
    name = "Enrolment.completed",
    query = "SELECT e FROM Enrolment e WHERE e.status = :completed ORDER BY e.completedAt")
@NamedQuery(
    name = "Enrolment.ofCourse",
    query =
        "SELECT e FROM Enrolment e WHERE e.courseId = :course AND e.roundNo ="
            + " (SELECT MAX(l.roundNo) FROM Enrolment l"
            + " WHERE l.accountId = e.accountId AND l.courseId = e.courseId)"
            + " ORDER BY e.enrolledAt")
@NamedQuery(
    name = "Enrolment.ofLearner",
    query =
        "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.roundNo ="
            + " (SELECT MAX(l.roundNo) FROM Enrolment l"
            + " WHERE l.accountId = e.accountId AND l.courseId = e.courseId)"
            + " ORDER BY e.enrolledAt DESC")
@NamedQuery(
    name = "Enrolment.everyRoundOfLearner",
    query = "SELECT e FROM Enrolment e WHERE e.accountId = :account ORDER BY e.roundNo")
@NamedQuery(
    name = "Enrolment.learnersOfCourses",
    query =
        "SELECT e.courseId, COUNT(DISTINCT e.accountId) FROM Enrolment e"
            + " WHERE e.courseId IN :courses GROUP BY e.courseId")
@NamedQuery(
    name = "Enrolment.completersOfCourses",
    query =
        "SELECT e.courseId, COUNT(DISTINCT e.accountId) FROM Enrolment e"
            + " WHERE e.courseId IN :courses AND e.status = :completed GROUP BY e.courseId")
@NamedQuery(
    name = "Enrolment.markCompleted",
    query =
        "UPDATE Enrolment e SET e.status = :completed, e.completedAt = :at"
            + " WHERE e.id = :id AND e.status = :active")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrolmentStatus status;

  @Column(name = "ENROLLED_AT", nullable = false)
  private Instant enrolledAt;

  @Column(name = "COMPLETED_AT")
  private Instant completedAt;

  @Column(name = "LAST_LESSON_ID")
  private Long lastLessonId;

  @Column(name = "SIGNED_OFF_AT")
  private Instant signedOffAt;

  @Column(name = "SIGNED_OFF_BY", length = 100)
  private String signedOffBy;

  /** 1 for the first take of the course, 2 for the first retake, and so on. */
  @Column(name = "ROUND_NO", nullable = false)
  private int roundNo;

  /** The published version of the course this learner follows. */
  @Column(name = "VERSION_NUMBER", nullable = false)
  private int versionNumber;

  protected Enrolment() {}

  public Enrolment(
      Long accountId, Long courseId, Long libraryId, int versionNumber, Instant enrolledAt) {
    this(accountId, courseId, libraryId, versionNumber, enrolledAt, 1);
  }

  Enrolment(
      Long accountId,
      Long courseId,
      Long libraryId,
      int versionNumber,
      Instant enrolledAt,
      int roundNo) {
    this.accountId = accountId;
    this.roundNo = roundNo;
    this.versionNumber = versionNumber;
    this.courseId = courseId;
    this.libraryId = libraryId;
    this.status = EnrolmentStatus.ACTIVE;
    this.enrolledAt = enrolledAt;
  }

  public Long getId() {
    return id;
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

  public EnrolmentStatus getStatus() {
    return status;
  }

  public boolean isCompleted() {
    return status == EnrolmentStatus.COMPLETED;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Long getLastLessonId() {
    return lastLessonId;
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  void signOff(Instant at, String by) {
    this.signedOffAt = at;
    this.signedOffBy = by;
  }

  public int getRoundNo() {
    return roundNo;
  }

  /** Whether this is a retake of a course completed before. */
  public boolean isRetake() {
    return roundNo > 1;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  void setVersionNumber(int versionNumber) {
    this.versionNumber = versionNumber;
  }

  void setLastLessonId(Long lessonId) {
    this.lastLessonId = lessonId;
  }
}
