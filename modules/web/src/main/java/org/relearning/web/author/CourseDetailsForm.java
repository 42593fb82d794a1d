package org.relearning.web.author;

import java.io.Serializable;
import java.math.BigDecimal;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseDetails;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseTags;

/** The course details form as typed; the service checks it again as one change. */
public class CourseDetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private CourseCategory category;
  private CourseLevel level;
  private BigDecimal estimatedHours;
  private String language;

  /** Comma-separated, as a phone keyboard types them most easily. */
  private String tags;

  static CourseDetailsForm of(Course course) {
    CourseDetailsForm form = new CourseDetailsForm();
    form.title = course.getTitle();
    form.summary = course.getSummary();
    form.category = course.getCategory();
    form.level = course.getLevel();
    form.estimatedHours = course.getEstimatedHours();
    form.language = course.getLanguage();
    form.tags = CourseTags.join(course.getTags());
    return form;
  }

  CourseDetails toDetails() {
    return new CourseDetails(
        title, summary, category, level, estimatedHours, language, CourseTags.parse(tags));
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

  public CourseLevel getLevel() {
    return level;
  }

  public void setLevel(CourseLevel level) {
    this.level = level;
  }

  public BigDecimal getEstimatedHours() {
    return estimatedHours;
  }

  public void setEstimatedHours(BigDecimal estimatedHours) {
    this.estimatedHours = estimatedHours;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }
}
