package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.block.BlockContent;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.content.Lesson;
import org.relearning.web.support.Params;

/**
 * A lesson of the working copy as a learner would see it, before it is published. Nothing is
 * recorded: no enrolment, no progress.
 */
@Named("authorPreview")
@RequestScoped
public class AuthorPreviewBacking {

  @EJB private CourseService courses;
  @Inject private BlockTypes blockTypes;

  private Long id;
  private Lesson lesson;
  private Course course;
  private Long previousId;
  private Long nextId;

  public void load() {
    lesson = courses.getLessonForEditing(Params.required(id, "lesson"));
    course = lesson.getSection().getCourse();
    List<Lesson> all = course.lessons();
    int at = all.indexOf(lesson);
    previousId = at > 0 ? all.get(at - 1).getId() : null;
    nextId = at >= 0 && at < all.size() - 1 ? all.get(at + 1).getId() : null;
  }

  public String viewOf(BlockContent block) {
    return blockTypes.get(block.getBlockType()).deliveryView();
  }

  public Lesson getLesson() {
    return lesson;
  }

  public Course getCourse() {
    return course;
  }

  public Long getPreviousId() {
    return previousId;
  }

  public Long getNextId() {
    return nextId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
