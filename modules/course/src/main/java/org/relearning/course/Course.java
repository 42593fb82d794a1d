package org.relearning.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;

/** A course a library offers: its details and its outline of sections and lessons. */
@Entity
@Table(name = "CRS_COURSE")
@NamedQuery(
    name = "Course.published",
    query = "SELECT c FROM Course c WHERE c.status = :status ORDER BY c.publishedAt DESC, c.id")
@NamedQuery(
    name = "Course.search",
    query =
        "SELECT c FROM Course c WHERE c.status = :status AND (LOWER(c.title) LIKE :q ESCAPE '\\'"
            + " OR LOWER(c.summary) LIKE :q ESCAPE '\\') ORDER BY c.publishedAt DESC, c.id")
@NamedQuery(
    name = "Course.ofOwner",
    query = "SELECT c FROM Course c WHERE c.ownerId = :owner ORDER BY c.createdAt DESC")
@NamedQuery(
    name = "Course.ofLibrary",
    query = "SELECT c FROM Course c WHERE c.libraryId = :library ORDER BY c.createdAt DESC")
@NamedQuery(name = "Course.all", query = "SELECT c FROM Course c ORDER BY c.createdAt DESC")
public class Course {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Column(name = "OWNER_ID", nullable = false)
  private Long ownerId;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = SUMMARY_MAX)
  private String summary;

  @Column(nullable = false, length = 5)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CourseStatus status;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "PUBLISHED_AT")
  private Instant publishedAt;

  /** The latest published version's number; 0 until the first publication. */
  @Column(name = "CURRENT_VERSION", nullable = false)
  private int currentVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "LESSON_ORDER", nullable = false, length = 20)
  private LessonOrder lessonOrder = LessonOrder.FREE;

  @Version private long version;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Section> sections = new ArrayList<>();

  protected Course() {}

  public Course(Long libraryId, Long ownerId, String title, String summary, Instant createdAt) {
    this.libraryId = libraryId;
    this.ownerId = ownerId;
    this.title = title;
    this.summary = summary;
    this.language = "th";
    this.status = CourseStatus.DRAFT;
    this.createdAt = createdAt;
  }

  public Section addSection(String sectionTitle) {
    Section section = new Section(this, sections.size() + 1, sectionTitle);
    sections.add(section);
    return section;
  }

  /** Records a new published version; learners who enrol from now on get it. */
  int publish(Instant at) {
    status = CourseStatus.PUBLISHED;
    publishedAt = at;
    return ++currentVersion;
  }

  /** Out of the catalog and closed to new learners; those enrolled carry on. */
  void archive() {
    status = CourseStatus.ARCHIVED;
  }

  /** Back in the catalog if it was ever published, otherwise a draft again. */
  void restore() {
    status = currentVersion > 0 ? CourseStatus.PUBLISHED : CourseStatus.DRAFT;
  }

  void removeSection(Section section) {
    sections.remove(section);
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).setPosition(i + 1);
    }
  }

  public List<Lesson> lessons() {
    return sections.stream().flatMap(s -> s.getLessons().stream()).toList();
  }

  public Long getId() {
    return id;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public Long getOwnerId() {
    return ownerId;
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public boolean isArchived() {
    return status == CourseStatus.ARCHIVED;
  }

  public LessonOrder getLessonOrder() {
    return lessonOrder;
  }

  public void setLessonOrder(LessonOrder lessonOrder) {
    this.lessonOrder = lessonOrder;
  }

  public List<Section> getSections() {
    return Collections.unmodifiableList(sections);
  }
}
