package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relearning.course.CatalogFilter;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumCourse;
import org.relearning.learning.curriculum.CurriculumDetails;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathReport;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * Editing a career path: its details, the elective count, and its courses (added from the path's
 * library, marked required or elective, put in order, removed), then publishing it.
 */
@Named("authorCurriculum")
@ViewScoped
public class AuthorCurriculumBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurriculumService curricula;
  @Inject private CourseService courses;

  private Long id;
  private String title;
  private String summary;
  private CourseCategory category;
  private String targetLearners;
  private int electiveCount;
  private boolean orderRecommended;
  private Long courseToAdd;
  private boolean addRequired = true;
  private transient Curriculum curriculum;
  private transient Map<Long, String> titles;
  private transient PathReport report;

  public void load() {
    curriculum = curricula.getForEditing(Params.required(id, "curriculum"));
    title = curriculum.getTitle();
    summary = curriculum.getSummary();
    category = curriculum.getCategory();
    targetLearners = curriculum.getTargetLearners();
    electiveCount = curriculum.getElectiveCount();
    orderRecommended = curriculum.isOrderRecommended();
  }

  public void save() {
    curricula.updateDetails(
        id,
        new CurriculumDetails(
            title, summary, category, targetLearners, electiveCount, orderRecommended));
    done("curriculum.saved");
  }

  public void addCourse() {
    if (courseToAdd == null) {
      Messages.error("curriculum.course.choose");
      return;
    }
    curricula.addCourse(id, courseToAdd, addRequired);
    done("curriculum.course.added");
  }

  public void remove(long courseId) {
    curricula.removeCourse(id, courseId);
    done("curriculum.course.removed");
  }

  public void moveUp(long courseId, int index) {
    curricula.moveCourse(id, courseId, index - 1);
    done("curriculum.course.moved");
  }

  public void moveDown(long courseId, int index) {
    curricula.moveCourse(id, courseId, index + 1);
    done("curriculum.course.moved");
  }

  public void toggleRequired(long courseId, boolean required) {
    curricula.setRequired(id, courseId, !required);
    done("curriculum.saved");
  }

  public void publish() {
    curricula.publish(id);
    done("curriculum.published");
  }

  private void done(String key) {
    Messages.info(key);
    Navigation.redirect("/author/curriculum.xhtml?id=" + id);
  }

  /** How the path's learners fare, for the report under the editor. */
  public PathReport getReport() {
    if (report == null) {
      report = curricula.report(id);
    }
    return report;
  }

  public Curriculum getCurriculum() {
    if (curriculum == null && id != null) {
      curriculum = curricula.getForEditing(id);
    }
    return curriculum;
  }

  public List<CurriculumCourse> getCourses() {
    return getCurriculum().getCourses();
  }

  /**
   * The library's courses that could join the path: its published courses and the caller's own
   * drafts there (a draft must be published before the path is).
   */
  public Map<Long, String> getCandidates() {
    if (titles == null) {
      titles = new LinkedHashMap<>();
      Long library = getCurriculum().getLibraryId();
      courses
          .catalog(new CatalogFilter(null, null, library, null))
          .forEach(c -> titles.put(c.getId(), c.getTitle()));
      courses.authoredByCaller().stream()
          .filter(c -> c.getLibraryId().equals(library))
          .forEach(c -> titles.putIfAbsent(c.getId(), c.getTitle()));
    }
    Map<Long, String> open = new LinkedHashMap<>(titles);
    getCourses().forEach(cc -> open.remove(cc.getCourseId()));
    return open;
  }

  public String titleOf(CurriculumCourse cc) {
    return courses.findCourse(cc.getCourseId()).map(Course::getTitle).orElse("");
  }

  public boolean isPublished(CurriculumCourse cc) {
    return courses.findCourse(cc.getCourseId()).map(Course::isPublished).orElse(false);
  }

  public CourseCategory[] getCategories() {
    return CourseCategory.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public CourseCategory getCategory() {
    return category;
  }

  public void setCategory(CourseCategory category) {
    this.category = category;
  }

  public String getTargetLearners() {
    return targetLearners;
  }

  public void setTargetLearners(String targetLearners) {
    this.targetLearners = targetLearners;
  }

  public int getElectiveCount() {
    return electiveCount;
  }

  public void setElectiveCount(int electiveCount) {
    this.electiveCount = electiveCount;
  }

  public boolean isOrderRecommended() {
    return orderRecommended;
  }

  public void setOrderRecommended(boolean orderRecommended) {
    this.orderRecommended = orderRecommended;
  }

  public Long getCourseToAdd() {
    return courseToAdd;
  }

  public void setCourseToAdd(Long courseToAdd) {
    this.courseToAdd = courseToAdd;
  }

  public boolean isAddRequired() {
    return addRequired;
  }

  public void setAddRequired(boolean addRequired) {
    this.addRequired = addRequired;
  }
}
