package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.LessonOrder;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.version.CourseVersion;
import org.relearning.learning.CourseTransfer;
import org.relearning.platform.error.BusinessException;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/**
 * The course editor's outline and publishing: reordering sections and lessons (by drag and drop, or
 * by the up and down buttons that keyboards and small screens need), lesson order, versions,
 * archiving. Every change goes through {@link CourseService}, which checks the caller.
 */
@Named("authorOutline")
@RequestScoped
public class AuthorOutlineBacking {

  @EJB private CourseService courses;
  @Inject private AuthorCourseBacking editor;
  @EJB private CourseTransfer transfer;

  private LessonOrder lessonOrder;
  private Integer certificateMonths;
  private boolean certificateMonthsSet;
  private Boolean signOffRequired;
  private List<CourseVersion> versions;
  private Boolean unpublishedChanges;

  public List<CourseVersion> versions(long courseId) {
    if (versions == null) {
      versions = courses.versions(courseId);
    }
    return versions;
  }

  public boolean hasUnpublishedChanges(long courseId) {
    if (unpublishedChanges == null) {
      unpublishedChanges = courses.hasUnpublishedChanges(courseId);
    }
    return unpublishedChanges;
  }

  public LessonOrder[] getLessonOrders() {
    return LessonOrder.values();
  }

  public void saveLessonOrder(long courseId) {
    courses.setLessonOrder(courseId, lessonOrder);
    Messages.info("action.saved");
    back(courseId);
  }

  public void saveCertificateValidity(long courseId) {
    courses.setCertificateValidity(courseId, certificateMonths);
    Messages.info("action.saved");
    back(courseId);
  }

  public Integer getCertificateMonths() {
    return certificateMonthsSet ? certificateMonths : editor.getCourse().getCertificateMonths();
  }

  public void setCertificateMonths(Integer certificateMonths) {
    this.certificateMonths = certificateMonths;
    this.certificateMonthsSet = true;
  }

  public void saveSignOff(long courseId) {
    courses.setSignOffRequired(courseId, Boolean.TRUE.equals(signOffRequired));
    Messages.info("action.saved");
    back(courseId);
  }

  public boolean isSignOffRequired() {
    return signOffRequired != null ? signOffRequired : editor.getCourse().isSignOffRequired();
  }

  public void setSignOffRequired(boolean signOffRequired) {
    this.signOffRequired = signOffRequired;
  }

  /** A draft copy of the course, to adapt for another class; opens the copy. */
  public void duplicate(long courseId) {
    CourseTransfer.Imported copy =
        transfer.duplicate(courseId, Messages.text("author.copyOf", editor.getCourse().getTitle()));
    if (copy.refused()) {
      Messages.error("author.duplicateFailed");
      return;
    }
    Messages.info("author.duplicated");
    back(copy.course().getId());
  }

  public void archive(long courseId) {
    courses.archive(courseId);
    Messages.info("author.archived");
    back(courseId);
  }

  public void restore(long courseId) {
    courses.restore(courseId);
    Messages.info("author.restored");
    back(courseId);
  }

  /** Moves a section one place up ({@code -1}) or down ({@code 1}). */
  public void moveSection(Course course, Section section, int by) {
    int at = course.getSections().indexOf(section);
    courses.moveSection(section.getId(), at + by);
    back(course.getId());
  }

  /** Moves a lesson one place up or down within its section. */
  public void moveLesson(Course course, Lesson lesson, int by) {
    Section section = lesson.getSection();
    int at = section.getLessons().indexOf(lesson);
    courses.moveLesson(lesson.getId(), section.getId(), at + by);
    back(course.getId());
  }

  public void removeLesson(long courseId, long lessonId) {
    courses.removeLesson(lessonId);
    Messages.info("author.lessonRemoved");
    back(courseId);
  }

  /**
   * Called by the outline's drag and drop with what moved where: {@code section} and {@code index}
   * for a section, or {@code lesson}, {@code toSection} and {@code index} for a lesson.
   */
  public void dropped(long courseId) {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      int index = Integer.parseInt(p.getOrDefault("index", "0"));
      if (p.containsKey("lesson")) {
        courses.moveLesson(
            Long.parseLong(p.get("lesson")), Long.parseLong(p.get("toSection")), index);
      } else if (p.containsKey("section")) {
        courses.moveSection(Long.parseLong(p.get("section")), index);
      }
    } catch (NumberFormatException e) {
      throw new BusinessException("author.move.invalid");
    }
    Messages.info("author.moved");
    back(courseId);
  }

  private static void back(long courseId) {
    Navigation.redirect("/author/course.xhtml?id=" + courseId);
  }

  public LessonOrder getLessonOrder() {
    return lessonOrder != null ? lessonOrder : editor.getCourse().getLessonOrder();
  }

  public void setLessonOrder(LessonOrder lessonOrder) {
    this.lessonOrder = lessonOrder;
  }
}
