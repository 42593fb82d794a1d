package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relearning.course.CatalogFilter;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.web.support.Language;

/**
 * The catalog of published courses (and the home page's list of them). The filters are plain GET
 * parameters ({@code ?q=&category=&library=&level=}), so a filtered list can be shared or
 * bookmarked; a value that means nothing (an old link, a typo) is ignored, not an error.
 */
@Named
@RequestScoped
public class CatalogBacking {

  @EJB private CourseService courses;
  @EJB private LibraryService libraries;
  @Inject private Language language;

  private String q;
  private String category;
  private String library;
  private String level;
  private List<Course> catalog;
  private List<Library> allLibraries;
  private final Map<Long, String> libraryNames = new HashMap<>();

  public List<Course> getCourses() {
    if (catalog == null) {
      catalog = courses.catalog(filter());
    }
    return catalog;
  }

  CatalogFilter filter() {
    return new CatalogFilter(
        q, named(CourseCategory.class, category), libraryId(), named(CourseLevel.class, level));
  }

  /** Whether anything narrows the list, to tell "nothing matches" from "nothing yet". */
  public boolean isFiltered() {
    CatalogFilter f = filter();
    return f.hasText() || f.category() != null || f.libraryId() != null || f.level() != null;
  }

  public CourseCategory[] getCategories() {
    return CourseCategory.values();
  }

  public CourseLevel[] getLevels() {
    return CourseLevel.values();
  }

  public List<Library> getLibraries() {
    if (allLibraries == null) {
      allLibraries = libraries.all();
    }
    return allLibraries;
  }

  public String libraryName(Course course) {
    return libraryNameOf(course.getLibraryId());
  }

  /** A library's name in the page's language, for anything the catalog lists. */
  public String libraryNameOf(Long libraryId) {
    return libraryNames.computeIfAbsent(
        libraryId,
        id ->
            getLibraries().stream()
                .filter(l -> l.getId().equals(id))
                .findFirst()
                .or(() -> libraries.find(id))
                .map(l -> l.name(language.getLocale()))
                .orElse(""));
  }

  /** Hours as people write them: {@code 6}, {@code 1.5}. */
  public static String hours(BigDecimal hours) {
    return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
  }

  public String hoursOf(Course course) {
    return hours(course.getEstimatedHours());
  }

  private Long libraryId() {
    try {
      return library == null || library.isBlank() ? null : Long.valueOf(library.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLibrary() {
    return library;
  }

  public void setLibrary(String library) {
    this.library = library;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
