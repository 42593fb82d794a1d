package org.relearning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.library.LibraryService;
import org.relearning.web.support.Language;

/** The catalog of published courses (and the home page's list of them). */
@Named
@RequestScoped
public class CatalogBacking {

  @Inject private CourseService courses;
  @Inject private LibraryService libraries;
  @Inject private Language language;

  private String q;
  private List<Course> catalog;
  private final Map<Long, String> libraryNames = new HashMap<>();

  public List<Course> getCourses() {
    if (catalog == null) {
      catalog = courses.search(q);
    }
    return catalog;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String libraryName(Course course) {
    return libraryNames.computeIfAbsent(
        course.getLibraryId(),
        id -> libraries.find(id).map(l -> l.name(language.getLocale())).orElse(""));
  }
}
