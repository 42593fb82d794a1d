package org.relearning.learning.curriculum;

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
import org.relearning.learning.EnrolmentStatus;

/** A learner following a whole path, from enrolling in it to completing it. */
@Entity
@Table(name = "LRN_PATH_ENROLMENT")
@NamedQuery(
    name = "PathEnrolment.of",
    query =
        "SELECT p FROM PathEnrolment p WHERE p.accountId = :account"
            + " AND p.curriculumId = :curriculum")
@NamedQuery(
    name = "PathEnrolment.activeOfLearner",
    query = "SELECT p FROM PathEnrolment p WHERE p.accountId = :account AND p.status = :active")
@NamedQuery(
    name = "PathEnrolment.ofLearner",
    query = "SELECT p FROM PathEnrolment p WHERE p.accountId = :account ORDER BY p.enrolledAt DESC")
@NamedQuery(
    name = "PathEnrolment.ofCurriculum",
    query = "SELECT p FROM PathEnrolment p WHERE p.curriculumId = :curriculum")
@NamedQuery(
    name = "PathEnrolment.courseEnrolments",
    query =
        "SELECT e FROM Enrolment e, PathEnrolment p WHERE p.curriculumId = :curriculum"
            + " AND e.accountId = p.accountId AND e.courseId IN :courses")
@NamedQuery(
    name = "PathEnrolment.markCompleted",
    query =
        "UPDATE PathEnrolment p SET p.status = :completed, p.completedAt = :at"
            + " WHERE p.id = :id AND p.status = :active")
@NamedQuery(
    name = "PathEnrolment.completedIds",
    query = "SELECT p.id FROM PathEnrolment p WHERE p.status = :completed")
public class PathEnrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "CURRICULUM_ID", nullable = false)
  private Long curriculumId;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

  @Column(name = "ENROLLED_AT", nullable = false)
  private Instant enrolledAt;

  @Column(name = "COMPLETED_AT")
  private Instant completedAt;

  protected PathEnrolment() {}

  PathEnrolment(Long curriculumId, Long accountId, Long libraryId, Instant enrolledAt) {
    this.curriculumId = curriculumId;
    this.accountId = accountId;
    this.libraryId = libraryId;
    this.enrolledAt = enrolledAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCurriculumId() {
    return curriculumId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getLibraryId() {
    return libraryId;
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
}
