package org.relearning.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;

/** A course a library offers: its details and its outline of sections and lessons. */
@Entity
@Table(name = "CRS_COURSE")
@NamedQuery(
    name = "Course.published",
    query = "SELECT c FROM Course c WHERE c.status = :status ORDER BY c.publishedAt DESC, c.id")
@NamedQuery(
    name = "Course.ofInstructor",
    query =
        "SELECT c FROM Course c WHERE c.ownerId = :account OR c.id IN (SELECT i.id FROM Course i"
            + " JOIN i.coInstructorIds a WHERE a = :account) ORDER BY c.createdAt DESC")
@NamedQuery(
    name = "Course.ofLibrary",
    query = "SELECT c FROM Course c WHERE c.libraryId = :library ORDER BY c.createdAt DESC")
@NamedQuery(name = "Course.all", query = "SELECT c FROM Course c ORDER BY c.createdAt DESC")
@NamedQuery(
    name = "Course.listOfLibrary",
    query =
        "SELECT c FROM Course c WHERE c.libraryId = :library AND LOWER(c.title) LIKE :q ESCAPE '\\'"
            + " ORDER BY c.title, c.id")
@NamedQuery(
    name = "Course.list",
    query =
        "SELECT c FROM Course c WHERE LOWER(c.title) LIKE :q ESCAPE '\\' ORDER BY c.title, c.id")
@NamedQuery(
    name = "Course.countOfLibrary",
    query =
        "SELECT COUNT(c) FROM Course c WHERE c.libraryId = :library"
            + " AND LOWER(c.title) LIKE :q ESCAPE '\\'")
@NamedQuery(
    name = "Course.count",
    query = "SELECT COUNT(c) FROM Course c WHERE LOWER(c.title) LIKE :q ESCAPE '\\'")
public class Course {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;
  public static final int CERTIFICATE_MONTHS_MAX = 120;
  public static final int LANGUAGE_MAX = 5;

  /** The languages a course may be taught in. */
  public static final List<String> LANGUAGES = List.of("th", "en");

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

  @Column(nullable = false, length = LANGUAGE_MAX)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = CourseCategory.NAME_MAX)
  private CourseCategory category = CourseCategory.OTHER;

  @Enumerated(EnumType.STRING)
  @Column(name = "COURSE_LEVEL", nullable = false, length = CourseLevel.NAME_MAX)
  private CourseLevel level = CourseLevel.BEGINNER;

  @Column(
      name = "ESTIMATED_HOURS",
      precision = EstimatedHours.PRECISION,
      scale = EstimatedHours.SCALE)
  private BigDecimal estimatedHours;

  /** A picture kept by the media store; only its id is the course's. */
  @Column(name = "COVER_MEDIA_ID")
  private Long coverMediaId;

  @ElementCollection
  @CollectionTable(name = "CRS_COURSE_TAG", joinColumns = @JoinColumn(name = "COURSE_ID"))
  @OrderColumn(name = "POSITION")
  @Column(name = "TAG", nullable = false, length = CourseTags.TAG_MAX)
  private List<String> tags = new ArrayList<>();

  /** Accounts (of the identity module) who author the course with its owner. */
  @ElementCollection
  @CollectionTable(name = "CRS_COURSE_INSTRUCTOR", joinColumns = @JoinColumn(name = "COURSE_ID"))
  @Column(name = "ACCOUNT_ID", nullable = false)
  private Set<Long> coInstructorIds = new HashSet<>();

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

  /** How long certificates of this course stay valid (e.g. food safety: 24); none: for ever. */
  @Column(name = "CERTIFICATE_MONTHS")
  private Integer certificateMonths;

  /** Completing needs an instructor's sign-off too, for skills shown in the room. */
  @Column(name = "SIGN_OFF_REQUIRED", nullable = false)
  private boolean signOffRequired;

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

  public CourseCategory getCategory() {
    return category;
  }

  public void setCategory(CourseCategory category) {
    this.category = category == null ? CourseCategory.OTHER : category;
  }

  public CourseLevel getLevel() {
    return level;
  }

  public void setLevel(CourseLevel level) {
    this.level = level == null ? CourseLevel.BEGINNER : level;
  }

  public BigDecimal getEstimatedHours() {
    return estimatedHours;
  }

  /** Checked by {@link EstimatedHours#checked}. */
  public void setEstimatedHours(BigDecimal estimatedHours) {
    this.estimatedHours = EstimatedHours.checked(estimatedHours);
  }

  public Long getCoverMediaId() {
    return coverMediaId;
  }

  public void setCoverMediaId(Long coverMediaId) {
    this.coverMediaId = coverMediaId;
  }

  public List<String> getTags() {
    return Collections.unmodifiableList(tags);
  }

  /** Normalised by {@link CourseTags#normalise}. */
  public void setTags(Collection<String> tags) {
    List<String> kept = CourseTags.normalise(tags);
    this.tags.clear();
    this.tags.addAll(kept);
  }

  public Set<Long> getCoInstructorIds() {
    return Collections.unmodifiableSet(coInstructorIds);
  }

  /** The owner first, then the co-instructors (by account id: the store keeps no order). */
  public List<Long> instructorIds() {
    List<Long> ids = new ArrayList<>();
    ids.add(ownerId);
    coInstructorIds.stream().filter(id -> !id.equals(ownerId)).sorted().forEach(ids::add);
    return ids;
  }

  public boolean isCoInstructor(long accountId) {
    return coInstructorIds.contains(accountId);
  }

  boolean addCoInstructor(long accountId) {
    return coInstructorIds.add(accountId);
  }

  boolean removeCoInstructor(long accountId) {
    return coInstructorIds.remove(accountId);
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

  public boolean isSignOffRequired() {
    return signOffRequired;
  }

  void setSignOffRequired(boolean signOffRequired) {
    this.signOffRequired = signOffRequired;
  }

  public Integer getCertificateMonths() {
    return certificateMonths;
  }

  void setCertificateMonths(Integer certificateMonths) {
    this.certificateMonths = certificateMonths;
  }

  /**
   * The last day a certificate of this course completed on that day is valid; none: valid for ever.
   * A course valid for 24 months completed on 15 March 2026 is valid until 14 March 2028.
   */
  public LocalDate lastValidDay(LocalDate completedOn) {
    return certificateMonths == null
        ? null
        : completedOn.plusMonths(certificateMonths).minusDays(1);
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
