package org.relearning.learning.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One course on a path, required or elective; its place in the list is the recommended order. */
@Entity
@Table(name = "LRN_CURRICULUM_COURSE")
public class CurriculumCourse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "CURRICULUM_ID", nullable = false)
  private Curriculum curriculum;

  /** The course, by id: it belongs to the course module. */
  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(nullable = false)
  private boolean required;

  /** The place in the path's order, from 0. */
  @Column(nullable = false)
  private int position;

  protected CurriculumCourse() {}

  CurriculumCourse(Curriculum curriculum, Long courseId, boolean required, int position) {
    this.curriculum = curriculum;
    this.position = position;
    this.courseId = courseId;
    this.required = required;
  }

  public Long getId() {
    return id;
  }

  public Curriculum getCurriculum() {
    return curriculum;
  }

  public Long getCourseId() {
    return courseId;
  }

  public boolean isRequired() {
    return required;
  }

  public int getPosition() {
    return position;
  }

  void setPosition(int position) {
    this.position = position;
  }

  void setRequired(boolean required) {
    this.required = required;
  }
}
