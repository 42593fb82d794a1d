package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.learning.LearningService.CourseFigures;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * The courses of the administrator's library (of every library, or one picked, for the system
 * administrator), searched by title: status, instructors, enrolments, completions and the published
 * version, with archive, restore and a way into the editor. The services refuse another library's
 * courses.
 */
@Named("adminCourses")
@ViewScoped
public class AdminCoursesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;
  @Inject private LearningService learning;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private Callers callers;
  @Inject private Language language;

  /**
   * One line of the table: the course and what the page shows about it. (Getters, not a record:
   * Expression Language 5 reads bean properties only.)
   */
  public static final class CourseRow {
    private final Course course;
    private final String instructors;
    private final long enrolments;
    private final long completions;

    CourseRow(Course course, String instructors, CourseFigures figures) {
      this.course = course;
      this.instructors = instructors;
      this.enrolments = figures.enrolments();
      this.completions = figures.completions();
    }

    public Course getCourse() {
      return course;
    }

    public String getInstructors() {
      return instructors;
    }

    public long getEnrolments() {
      return enrolments;
    }

    public long getCompletions() {
      return completions;
    }
  }

  // transient: it holds the rows of the page shown; a node that takes over the session makes a new
  // one, which loads the page again
  private transient LazyDataModel<CourseRow> model;
  private String text;
  private Long libraryFilter;
  private transient LibraryLookup libraryLookup;
  private Long selectedId;
  private String selectedTitle;

  @PostConstruct
  void init() {
    model = new Rows();
    if (!callers.current().isSystemAdmin()) {
      libraryFilter = callers.current().libraryId();
    }
  }

  /** Reads only the page shown: its courses, then their figures and instructors in one go each. */
  private final class Rows extends LazyDataModel<CourseRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) courses.countOfLibrary(libraryFilter, text);
    }

    @Override
    public List<CourseRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<Course> page = courses.ofLibrary(libraryFilter, text, first, pageSize);
      Map<Long, CourseFigures> figures =
          learning.figuresOf(page.stream().map(Course::getId).toList());
      Set<Long> people = new HashSet<>();
      page.forEach(c -> people.addAll(c.instructorIds()));
      Map<Long, Account> byId =
          accounts.byIds(people).stream()
              .collect(Collectors.toMap(Account::getId, Function.identity()));
      return page.stream()
          .map(
              c ->
                  new CourseRow(
                      c,
                      instructorsOf(c, byId),
                      figures.getOrDefault(c.getId(), CourseFigures.NONE)))
          .toList();
    }

    @Override
    public String getRowKey(CourseRow row) {
      return String.valueOf(row.getCourse().getId());
    }
  }

  private String instructorsOf(Course course, Map<Long, Account> byId) {
    return course.instructorIds().stream()
        .map(byId::get)
        .filter(Objects::nonNull)
        .map(a -> a.name(language.getLocale()))
        .collect(Collectors.joining(", "));
  }

  /** The filter re-reads the table from its first page. */
  public void search() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("courses:table")
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void selectForArchive(CourseRow row) {
    selectedId = row.getCourse().getId();
    selectedTitle = row.getCourse().getTitle();
  }

  public void archive() {
    Course archived = courses.archive(selectedId);
    Messages.info("admin.courses.archivedOne", archived.getTitle());
  }

  public void restore(CourseRow row) {
    Course restored = courses.restore(row.getCourse().getId());
    Messages.info("admin.courses.restoredOne", restored.getTitle());
  }

  public List<Library> getLibraries() {
    return lookup().all();
  }

  public String libraryName(Long id) {
    return lookup().name(id, language.getLocale());
  }

  private LibraryLookup lookup() {
    if (libraryLookup == null) {
      libraryLookup = new LibraryLookup(libraries);
    }
    return libraryLookup;
  }

  public LazyDataModel<CourseRow> getModel() {
    if (model == null) {
      model = new Rows();
    }
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getLibraryFilter() {
    return libraryFilter;
  }

  /** Only the system administrator picks a library; a library's administrator has their own. */
  public void setLibraryFilter(Long libraryFilter) {
    if (callers.current().isSystemAdmin()) {
      this.libraryFilter = libraryFilter;
    }
  }

  public String getSelectedTitle() {
    return selectedTitle;
  }
}
