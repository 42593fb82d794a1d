package org.relearning.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.relearning.identity.access.Callers;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumPolicy;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathProgress;
import org.relearning.learning.curriculum.PathProgress.Step;
import org.relearning.web.support.CompletionGate;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * A career path's page: the whole road (each course, required or elective), and for a learner
 * following it, what is done, what is in progress, what comes next and what is still needed.
 */
@Named("pathBacking")
@ViewScoped
public class PathBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurriculumService curricula;
  @Inject private LibraryService libraries;
  @Inject private Language language;
  @Inject private Callers callers;
  @Inject private CompletionGate gate;

  private Long id;
  private transient Curriculum curriculum;
  private transient PathProgress progress;

  public void load() {
    curriculum = curricula.get(Params.required(id, "curriculum"));
    progress = curricula.myProgress(id);
  }

  /** Enrols in the path and its courses; a visitor signs in first and comes back here. */
  public void enrol() throws IOException {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    if (ext.getUserPrincipal() == null) {
      ext.redirect(ext.getRequestContextPath() + "/login.xhtml?continue=/path.xhtml?id=" + id);
      return;
    }
    // enrolling may complete the path at once and set off its certificate, as a submit does
    gate.pass(() -> curricula.enrol(id));
    Navigation.redirect("/path.xhtml?id=" + id);
  }

  /**
   * Whether the signed-in person may adopt this path, with its courses, into their own library:
   * instructors and library administrators of another library, for a published path.
   */
  public boolean isAdoptable() {
    return callers
        .find()
        .filter(c -> c.libraryId() != null)
        .map(c -> CurriculumPolicy.mayAdopt(c, getCurriculum(), c.libraryId()))
        .orElse(false);
  }

  /** Copies the path and its courses into the caller's library as drafts; opens the new path. */
  public void adopt() {
    CurriculumService.AdoptedPath adopted =
        curricula.adopt(Params.required(id, "curriculum"), callers.current().libraryId());
    if (adopted.problems().isEmpty()) {
      Messages.info("path.adopted", adopted.curriculum().getCourses().size());
    } else {
      Messages.info(
          "path.adoptedWithProblems",
          adopted.curriculum().getCourses().size(),
          adopted.problems().size());
    }
    Navigation.redirect("/author/curriculum.xhtml?id=" + adopted.curriculum().getId());
  }

  /** Where a course of the path leads: the learner's course page once enrolled in it. */
  public String courseUrl(Step step) {
    String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return base
        + (step.state() == PathProgress.State.NOT_STARTED
            ? "/course.xhtml?id="
            : "/learn/course.xhtml?id=")
        + step.courseId();
  }

  public boolean isNext(Step step) {
    return getProgress().next() != null && getProgress().next().courseId() == step.courseId();
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public String getLibraryName() {
    return libraries
        .find(getCurriculum().getLibraryId())
        .map(l -> l.name(language.getLocale()))
        .orElse("");
  }

  public Curriculum getCurriculum() {
    if (curriculum == null && id != null) {
      curriculum = curricula.get(id);
    }
    return curriculum;
  }

  public PathProgress getProgress() {
    if (progress == null && id != null) {
      progress = curricula.myProgress(id);
    }
    return progress;
  }

  /** Done courses as a share of what the path needs (required plus the elective count). */
  public int getPercent() {
    Curriculum c = getCurriculum();
    long needed = c.requiredCount() + c.electivesNeeded();
    if (needed == 0) {
      return 0;
    }
    long left = getProgress().requiredLeft().size() + getProgress().electivesLeft();
    return (int) Math.round(100.0 * (needed - left) / needed);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
