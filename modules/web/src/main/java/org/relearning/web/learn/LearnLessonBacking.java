package org.relearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.learning.LearningService;
import org.relearning.learning.Progress;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Params;

/** The lesson player: the lesson's blocks, previous/next, and "I have done this lesson". */
@Named("learnLesson")
@ViewScoped
public class LearnLessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;
  @Inject private LearningService learning;
  @Inject private BlockTypes blockTypes;

  private Long id;
  private Long courseId;
  private String courseTitle;
  private Long previousId;
  private Long nextId;
  private Progress progress;
  private transient Lesson lesson;

  public void load() {
    lesson = courses.getLesson(Params.required(id, "lesson"));
    Course course = lesson.getSection().getCourse();
    courseId = course.getId();
    courseTitle = course.getTitle();
    learning.openLesson(id);
    progress = learning.myProgress(courseId);
    List<Lesson> all = course.lessons();
    int at = all.indexOf(lesson);
    previousId = at > 0 ? all.get(at - 1).getId() : null;
    nextId = at >= 0 && at < all.size() - 1 ? all.get(at + 1).getId() : null;
  }

  public void markDone() {
    progress = learning.completeLesson(id);
    Messages.info(progress.completed() ? "learn.courseCompleted" : "lesson.markedDone");
  }

  public Lesson getLesson() {
    if (lesson == null) {
      lesson = courses.getLesson(Params.required(id, "lesson"));
    }
    return lesson;
  }

  public String viewOf(ContentBlock block) {
    return blockTypes.get(block.getBlockType()).deliveryView();
  }

  public boolean isQuizLesson() {
    return getLesson().getBlocks().stream().anyMatch(b -> QuizBlock.ID.equals(b.getBlockType()));
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

  public Long getCourseId() {
    return courseId;
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
