package org.relearning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CoursePolicy;
import org.relearning.course.CourseService;
import org.relearning.course.version.PublishedCourse;
import org.relearning.identity.access.Callers;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.CourseTransfer;
import org.relearning.learning.LearningService;
import org.relearning.web.support.Instructors;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** A course's landing page: what it teaches, where, and the button to enrol. */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;
  @Inject private LearningService learning;
  @Inject private LibraryService libraries;
  @Inject private Language language;
  @Inject private Instructors instructors;
  @Inject private Callers callers;
  @Inject private CourseTransfer transfer;

  private Long id;
  private transient Course course;
  private transient PublishedCourse outline;
  private boolean enrolled;

  public void load() {
    course = courses.get(Params.required(id, "course"));
    enrolled = learning.myEnrolment(id).isPresent();
  }

  public void enrol() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getExternalContext().getUserPrincipal() == null) {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/login.xhtml?continue=/course.xhtml?id="
                  + id);
      return;
    }
    learning.enrol(id);
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath() + "/learn/course.xhtml?id=" + id);
  }

  /** The outline learners get: the latest published version (an author's draft before that). */
  public PublishedCourse getOutline() {
    if (outline == null) {
      outline = courses.outline(getCourse().getId());
    }
    return outline;
  }

  public Course getCourse() {
    if (course == null && id != null) {
      course = courses.get(id);
    }
    return course;
  }

  public String getLibraryName() {
    return libraries
        .find(getCourse().getLibraryId())
        .map(l -> l.name(language.getLocale()))
        .orElse("");
  }

  /** The instructors' names in the page's language, owner first. */
  public List<String> getInstructorNames() {
    return instructors.of(getCourse()).stream().map(a -> a.name(language.getLocale())).toList();
  }

  /** The catalog searched for a tag: the tag's link. */
  public String catalogUrl(String tag) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/catalog.xhtml?q="
        + URLEncoder.encode(tag, StandardCharsets.UTF_8);
  }

  public String getHours() {
    return CatalogBacking.hours(getCourse().getEstimatedHours());
  }

  /**
   * Whether the signed-in person may adopt this course into their own library: instructors and
   * library administrators of another library than the course's, for a course in the catalog.
   */
  public boolean isAdoptable() {
    return callers
        .find()
        .filter(c -> c.libraryId() != null)
        .map(c -> CoursePolicy.mayAdopt(c, getCourse(), c.libraryId()))
        .orElse(false);
  }

  /** Copies the published course into the caller's library as a draft and opens the copy. */
  public void adopt() {
    long into = callers.current().libraryId();
    CourseTransfer.Imported copy = transfer.adopt(Params.required(id, "course"), into);
    if (copy.refused()) {
      Messages.error("course.adoptFailed");
      return;
    }
    if (copy.problems().isEmpty()) {
      Messages.info("course.adopted");
    } else {
      Messages.info("course.adoptedWithProblems", copy.problems().size());
    }
    Navigation.redirect("/author/course.xhtml?id=" + copy.course().getId());
  }

  public boolean isEnrolled() {
    return enrolled;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
