package org.relearning.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.learning.LearningService;
import org.relearning.learning.Progress;
import org.relearning.quiz.Quiz;
import org.relearning.web.support.Params;

/** A course as its learner sees it: the outline with what is done, and where to resume. */
@Named("learnCourse")
@RequestScoped
public class LearnCourseBacking {

  @Inject private CourseService courses;
  @Inject private LearningService learning;

  private Long id;
  private Course course;
  private Progress progress;
  private List<Quiz> quizzesToPass;

  public void load() {
    course = courses.get(Params.required(id, "course"));
    progress = learning.myProgress(id);
  }

  /** The last lesson opened, else the first lesson not done, else the first. */
  public Long getResumeLessonId() {
    if (progress.lastLessonId() != null) {
      return progress.lastLessonId();
    }
    return course.lessons().stream()
        .filter(l -> !progress.isDone(l.getId()))
        .map(Lesson::getId)
        .findFirst()
        .orElse(course.lessons().isEmpty() ? null : course.lessons().get(0).getId());
  }

  public List<Quiz> getQuizzesToPass() {
    return quizzesToPass;
  }

  /** Lessons still to do; a lesson that holds a quiz is done by passing the quiz. */
  public int getLessonsToDo() {
    return progress.lessons() - progress.done();
  }

  public Course getCourse() {
    return course;
  }

  public Progress getProgress() {
    return progress;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
