package org.relearning.course.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of a course, frozen: its outline and every block, as JSON ({@link
 * VersionContent}). Never updated after it is written.
 */
@Entity
@Table(name = "CRS_COURSE_VERSION")
@NamedQuery(
    name = "CourseVersion.of",
    query = "SELECT v FROM CourseVersion v WHERE v.courseId = :course AND v.number = :number")
@NamedQuery(
    name = "CourseVersion.idOf",
    query = "SELECT v.id FROM CourseVersion v WHERE v.courseId = :course AND v.number = :number")
@NamedQuery(
    name = "CourseVersion.idsOf",
    query = "SELECT v.id FROM CourseVersion v WHERE v.courseId = :course")
@NamedQuery(
    name = "CourseVersion.list",
    query = "SELECT v FROM CourseVersion v WHERE v.courseId = :course ORDER BY v.number DESC")
public class CourseVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "COURSE_ID", nullable = false, updatable = false)
  private Long courseId;

  @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
  private int number;

  @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "PUBLISHED_BY", nullable = false, updatable = false, length = 100)
  private String publishedBy;

  @Lob
  @Column(nullable = false, updatable = false)
  private String content;

  protected CourseVersion() {}

  public CourseVersion(
      Long courseId, int number, Instant publishedAt, String publishedBy, String content) {
    this.courseId = courseId;
    this.number = number;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.content = content;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public int getNumber() {
    return number;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getContent() {
    return content;
  }
}
