package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.content.Lesson;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** Editing a course: details, sections, lessons and quizzes, and publishing. */
@Named("authorCourse")
@ViewScoped
public class AuthorCourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_PASS_MARK = 60;

  @Inject private CourseService courses;
  @Inject private QuizService quizzes;

  private Long id;
  private CourseDetailsForm details;
  private String newSectionTitle;
  private String newLessonTitle;

  /** Loaded once per view; every change redirects to a fresh view. */
  private transient Course course;

  public void load() {
    course = courses.getForEditing(Params.required(id, "course"));
    details = CourseDetailsForm.of(course);
  }

  public Course getCourse() {
    if (course == null) {
      course = courses.getForEditing(id);
    }
    return course;
  }

  public List<Long> quizzesIn(Lesson lesson) {
    return lesson.getBlocks().stream()
        .filter(b -> QuizBlock.ID.equals(b.getBlockType()))
        .map(b -> b.getRefId())
        .toList();
  }

  public void saveDetails() {
    courses.updateDetails(id, details.toDetails());
    Messages.info("action.saved");
    Navigation.redirect("/author/course.xhtml?id=" + id);
  }

  public void addSection() {
    if (blank(newSectionTitle)) {
      Messages.error("validation.required");
      return;
    }
    courses.addSection(id, newSectionTitle);
    Navigation.redirect("/author/course.xhtml?id=" + id);
  }

  public void addLesson(long sectionId) {
    if (blank(newLessonTitle)) {
      Messages.error("validation.required");
      return;
    }
    Lesson lesson = courses.addLesson(sectionId, newLessonTitle);
    Navigation.redirect("/author/lesson.xhtml?id=" + lesson.getId());
  }

  /**
   * A quiz is a lesson whose content is the quiz, so it sits in the flow where the author puts it.
   */
  public void addQuiz(long sectionId) {
    if (blank(newLessonTitle)) {
      Messages.error("validation.required");
      return;
    }
    Quiz quiz = quizzes.create(id, newLessonTitle, DEFAULT_PASS_MARK);
    Lesson lesson = courses.addLesson(sectionId, newLessonTitle);
    courses.placeQuiz(lesson.getId(), quiz.getId());
    Navigation.redirect("/author/quiz.xhtml?id=" + quiz.getId());
  }

  public void publish() {
    courses.publish(id);
    Messages.info("author.published");
    Navigation.redirect("/author/course.xhtml?id=" + id);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CourseDetailsForm getDetails() {
    return details;
  }

  public CourseCategory[] getCategories() {
    return CourseCategory.values();
  }

  public CourseLevel[] getLevels() {
    return CourseLevel.values();
  }

  public List<String> getLanguages() {
    return Course.LANGUAGES;
  }

  public String getNewSectionTitle() {
    return newSectionTitle;
  }

  public void setNewSectionTitle(String newSectionTitle) {
    this.newSectionTitle = newSectionTitle;
  }

  public String getNewLessonTitle() {
    return newLessonTitle;
  }

  public void setNewLessonTitle(String newLessonTitle) {
    this.newLessonTitle = newLessonTitle;
  }
}
