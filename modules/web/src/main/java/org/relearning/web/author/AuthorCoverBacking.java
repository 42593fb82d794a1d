package org.relearning.web.author;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.relearning.course.CourseService;
import org.relearning.course.media.MediaUpload;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/** The course's cover picture, shown in the catalog and on the course page. */
@Named("authorCover")
@RequestScoped
public class AuthorCoverBacking {

  @Inject private CourseService courses;

  private Part upload;

  public void save(long courseId) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      Messages.error("author.cover.choose");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      courses.setCover(courseId, new MediaUpload(upload.getSubmittedFileName(), in));
    }
    Messages.info("author.cover.saved");
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  public void remove(long courseId) {
    courses.removeCover(courseId);
    Messages.info("author.cover.removed");
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
