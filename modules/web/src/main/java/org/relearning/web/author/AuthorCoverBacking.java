package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.relearning.course.CourseService;
import org.relearning.course.media.MediaUpload;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/** A course's or a career path's cover picture, shown in the catalog and on its page. */
@Named("authorCover")
@RequestScoped
public class AuthorCoverBacking {

  @EJB private CourseService courses;
  @EJB private CurriculumService curricula;

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

  /** The same for a career path: shown on its card in the catalog and on its page. */
  public void saveForPath(long curriculumId) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      Messages.error("author.cover.choose");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      curricula.setCover(curriculumId, upload.getSubmittedFileName(), in);
    }
    Messages.info("author.cover.saved");
    Navigation.redirect("/author/curriculum.xhtml?id=" + curriculumId);
  }

  public void removeForPath(long curriculumId) {
    curricula.removeCover(curriculumId);
    Messages.info("author.cover.removed");
    Navigation.redirect("/author/curriculum.xhtml?id=" + curriculumId);
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
