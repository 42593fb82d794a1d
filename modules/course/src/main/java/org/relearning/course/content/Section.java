package org.relearning.course.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relearning.course.Course;

/** A chapter of a course: an ordered group of lessons. */
@Entity
@Table(name = "CRS_SECTION")
public class Section {

  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "COURSE_ID")
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  /** The day this section's lessons open to learners, in Thailand's time; none: at once. */
  @Column(name = "OPENS_ON")
  private LocalDate opensOn;

  @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected Section() {}

  public Section(Course course, int position, String title) {
    this.course = course;
    this.position = position;
    this.title = title;
  }

  public Lesson addLesson(String lessonTitle) {
    Lesson lesson = new Lesson(this, lessons.size() + 1, lessonTitle);
    lessons.add(lesson);
    return lesson;
  }

  /** Takes a lesson out of the working copy; published versions keep it. */
  public void removeLesson(Lesson lesson) {
    lessons.remove(lesson);
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).setPosition(i + 1);
    }
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getPosition() {
    return position;
  }

  /** Set when sections are renumbered after a move or a removal. */
  public void setPosition(int position) {
    this.position = position;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<Lesson> getLessons() {
    return Collections.unmodifiableList(lessons);
  }
}
