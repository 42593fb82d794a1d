package org.relearning.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a learner has done a lesson of a course they are enrolled in, and when. */
@Entity
@Table(name = "LRN_LESSON_DONE")
@NamedQuery(
    name = "LessonDone.lessonIds",
    query = "SELECT d.lessonId FROM LessonDone d WHERE d.enrolmentId = :enrolment")
public class LessonDone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ENROLMENT_ID", nullable = false)
  private Long enrolmentId;

  @Column(name = "LESSON_ID", nullable = false)
  private Long lessonId;

  @Column(name = "DONE_AT", nullable = false)
  private Instant doneAt;

  protected LessonDone() {}

  public LessonDone(Long enrolmentId, Long lessonId, Instant doneAt) {
    this.enrolmentId = enrolmentId;
    this.lessonId = lessonId;
    this.doneAt = doneAt;
  }

  public Long getLessonId() {
    return lessonId;
  }
}
