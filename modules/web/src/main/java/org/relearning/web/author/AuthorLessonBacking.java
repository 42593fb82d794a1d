package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.relearning.course.CourseService;
import org.relearning.course.block.RichTextBlock;
import org.relearning.course.content.Lesson;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** Writing a lesson's text in the WYSIWYG editor; the service cleans it before storing. */
@Named("authorLesson")
@ViewScoped
public class AuthorLessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;

  private Long id;
  private Long courseId;
  private String title;
  private String body;

  public void load() {
    Lesson lesson = courses.getLessonForEditing(Params.required(id, "lesson"));
    courseId = lesson.getSection().getCourse().getId();
    title = lesson.getTitle();
    body =
        lesson.getBlocks().stream()
            .filter(b -> RichTextBlock.ID.equals(b.getBlockType()))
            .map(b -> b.getBody())
            .findFirst()
            .orElse("");
  }

  public void save() {
    courses.saveLessonText(id, body);
    Messages.info("action.saved");
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

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
