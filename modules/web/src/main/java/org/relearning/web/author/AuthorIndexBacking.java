package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Callers;
import org.relearning.web.support.Navigation;

/** The instructor's courses, and a new one. */
@Named("authorIndex")
@RequestScoped
public class AuthorIndexBacking {

  @EJB private CourseService courses;
  @Inject private Callers callers;

  private String title;
  private String summary;
  private List<Course> authored;

  public void create() {
    Course course = courses.create(callers.current().libraryId(), title, summary);
    Navigation.redirect("/author/course.xhtml?id=" + course.getId());
  }

  public List<Course> getCourses() {
    if (authored == null) {
      authored = courses.authoredByCaller();
    }
    return authored;
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
}
