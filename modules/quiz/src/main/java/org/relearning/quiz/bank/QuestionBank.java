package org.relearning.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Where questions are kept: a course's own bank (its authors use it) or a library's shared bank
 * (every instructor of the library uses it).
 */
@Entity
@Table(name = "QZ_BANK")
@NamedQuery(
    name = "QuestionBank.ofCourse",
    query = "SELECT b FROM QuestionBank b WHERE b.courseId = :course")
@NamedQuery(
    name = "QuestionBank.ofLibrary",
    query = "SELECT b FROM QuestionBank b WHERE b.libraryId = :library AND b.courseId IS NULL")
@NamedQuery(name = "QuestionBank.all", query = "SELECT b FROM QuestionBank b ORDER BY b.id")
public class QuestionBank {

  public static final int NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Column(name = "COURSE_ID")
  private Long courseId;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  protected QuestionBank() {}

  public QuestionBank(Long libraryId, Long courseId, String name) {
    this.libraryId = libraryId;
    this.courseId = courseId;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  /** The course whose bank this is, or null for a library's shared bank. */
  public Long getCourseId() {
    return courseId;
  }

  public boolean isShared() {
    return courseId == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
