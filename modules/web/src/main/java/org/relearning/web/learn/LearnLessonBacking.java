package org.relearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.relearning.course.CourseService;
import org.relearning.course.block.BlockContent;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.version.LessonAccess;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.course.version.PublishedSection;
import org.relearning.learning.LearningService;
import org.relearning.learning.Progress;
import org.relearning.web.support.CompletionGate;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Params;

/**
 * The lesson player: one lesson of the version the learner follows, previous/next, and "I have done
 * this lesson". A lesson not open yet shows why instead of its content.
 */
@Named("learnLesson")
@ViewScoped
public class LearnLessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;
  @Inject private CompletionGate gate;
  @Inject private LearningService learning;
  @Inject private BlockTypes blockTypes;

  private Long course;
  private Long id;
  private String courseTitle;
  private PublishedLesson lesson;
  private LessonAccess access;
  private LocalDate opensOn;
  private Long previousId;
  private Long nextId;
  private Progress progress;

  public void load() {
    Params.required(id, "lesson");
    if (course == null) {
      // links from before versions carried only the lesson
      course = courses.getLesson(id).getSection().getCourse().getId();
    }
    PublishedCourse version = learning.myCourse(course);
    courseTitle = courses.findCourse(course).orElseThrow().getTitle();
    access = learning.access(course, id);
    if (access == LessonAccess.OPEN) {
      lesson = learning.openLesson(course, id);
    } else {
      lesson = version.lesson(id).orElseThrow();
      opensOn = version.sectionOf(id).map(PublishedSection::getOpensOn).orElse(null);
    }
    progress = learning.myProgress(course);
    previousId = version.previous(id).map(PublishedLesson::getId).orElse(null);
    nextId = version.next(id).map(PublishedLesson::getId).orElse(null);
  }

  public void markDone() {
    progress = gate.pass(() -> learning.completeLesson(course, id));
    Messages.info(progress.completed() ? "learn.courseCompleted" : "lesson.markedDone");
  }

  public PublishedLesson getLesson() {
    return lesson;
  }

  public String viewOf(BlockContent block) {
    return blockTypes.get(block.getBlockType()).deliveryView();
  }

  public boolean isOpen() {
    return access == LessonAccess.OPEN;
  }

  /** Why the lesson is closed: "previous" or "notYet"; empty when open. */
  public String getLockReason() {
    return switch (access) {
      case OPEN -> "";
      case AFTER_PREVIOUS -> "previous";
      case NOT_YET_RELEASED -> "notYet";
    };
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public boolean isQuizLesson() {
    return lesson.has(QuizBlock.ID);
  }

  public Progress getProgress() {
    return progress;
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Long getPreviousId() {
    return previousId;
  }

  public Long getNextId() {
    return nextId;
  }
}
