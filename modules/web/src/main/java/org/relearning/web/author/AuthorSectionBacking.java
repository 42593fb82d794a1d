package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** One section of a course: its title, the day it opens to learners, its lessons' titles. */
@Named("authorSection")
@ViewScoped
public class AuthorSectionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;

  private Long id;
  private Long courseId;
  private String courseTitle;
  private String title;
  private LocalDate opensOn;
  private final Map<Long, String> lessonTitles = new LinkedHashMap<>();
  private final Map<Long, String> savedTitles = new LinkedHashMap<>();

  public void load() {
    Section section = courses.getSectionForEditing(Params.required(id, "section"));
    courseId = section.getCourse().getId();
    courseTitle = section.getCourse().getTitle();
    title = section.getTitle();
    opensOn = section.getOpensOn();
    for (Lesson lesson : section.getLessons()) {
      lessonTitles.put(lesson.getId(), lesson.getTitle());
      savedTitles.put(lesson.getId(), lesson.getTitle());
    }
  }

  public void save() {
    courses.updateSection(id, title, opensOn);
    lessonTitles.forEach(
        (lessonId, lessonTitle) -> {
          if (lessonTitle != null
              && !lessonTitle.isBlank()
              && !lessonTitle.strip().equals(savedTitles.get(lessonId))) {
            courses.renameLesson(lessonId, lessonTitle);
          }
        });
    Messages.info("action.saved");
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  public void remove() {
    courses.removeSection(id);
    Messages.info("author.sectionRemoved");
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  /** Lesson id to title, in order; the page edits the titles in place. */
  public Map<Long, String> getLessonTitles() {
    return lessonTitles;
  }
}
