package org.relearning.learning.curriculum;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.relearning.course.CourseCategory;

/**
 * A career path a library offers: an ordered set of its courses, each required or elective, and how
 * many electives a learner must complete ("any 2 of these 3").
 */
@Entity
@Table(name = "LRN_CURRICULUM")
@NamedQuery(
    name = "Curriculum.published",
    query = "SELECT c FROM Curriculum c WHERE c.status = :status ORDER BY c.createdAt DESC")
@NamedQuery(
    name = "Curriculum.ofLibrary",
    query = "SELECT c FROM Curriculum c WHERE c.libraryId = :library ORDER BY c.createdAt DESC")
@NamedQuery(name = "Curriculum.all", query = "SELECT c FROM Curriculum c ORDER BY c.createdAt DESC")
@NamedQuery(
    name = "Curriculum.withCourse",
    query = "SELECT DISTINCT cc.curriculum FROM CurriculumCourse cc WHERE cc.courseId = :course")
public class Curriculum {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;
  public static final int TARGET_LEARNERS_MAX = 500;

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

  /** The career field, from the same list as courses so the catalog filters both alike. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = CourseCategory.NAME_MAX)
  private CourseCategory category = CourseCategory.OTHER;

  @Column(name = "TARGET_LEARNERS", length = TARGET_LEARNERS_MAX)
  private String targetLearners;

  @Column(name = "COVER_MEDIA_ID")
  private Long coverMediaId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CurriculumStatus status = CurriculumStatus.DRAFT;

  /** How many of the elective courses a learner must complete; at most the number of electives. */
  @Column(name = "ELECTIVE_COUNT", nullable = false)
  private int electiveCount;

  /** Whether the list's order is a recommendation to learners, or only the way it is listed. */
  @Column(name = "ORDER_RECOMMENDED", nullable = false)
  private boolean orderRecommended;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "PUBLISHED_AT")
  private Instant publishedAt;

  @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CurriculumCourse> courses = new ArrayList<>();

  protected Curriculum() {}

  Curriculum(Long libraryId, Long ownerId, String title, Instant createdAt) {
    this.libraryId = libraryId;
    this.ownerId = ownerId;
    this.title = title;
    this.createdAt = createdAt;
  }

  public List<CurriculumCourse> getCourses() {
    return Collections.unmodifiableList(courses);
  }

  public Optional<CurriculumCourse> find(long courseId) {
    return courses.stream().filter(c -> c.getCourseId() == courseId).findFirst();
  }

  public long requiredCount() {
    return courses.stream().filter(CurriculumCourse::isRequired).count();
  }

  public long electiveTotal() {
    return courses.size() - requiredCount();
  }

  /** The electives a learner must complete, never more than there are. */
  public int electivesNeeded() {
    return (int) Math.min(electiveCount, electiveTotal());
  }

  void add(long courseId, boolean required) {
    courses.add(new CurriculumCourse(this, courseId, required, courses.size()));
  }

  void remove(CurriculumCourse course) {
    courses.remove(course);
    renumber();
  }

  void move(CurriculumCourse course, int toIndex) {
    courses.remove(course);
    courses.add(Math.max(0, Math.min(toIndex, courses.size())), course);
    renumber();
  }

  /** Positions follow the list, so the order survives a reload. */
  private void renumber() {
    for (int i = 0; i < courses.size(); i++) {
      courses.get(i).setPosition(i);
    }
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

  void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  void setSummary(String summary) {
    this.summary = summary;
  }

  public CourseCategory getCategory() {
    return category;
  }

  void setCategory(CourseCategory category) {
    this.category = category == null ? CourseCategory.OTHER : category;
  }

  public String getTargetLearners() {
    return targetLearners;
  }

  void setTargetLearners(String targetLearners) {
    this.targetLearners = targetLearners;
  }

  /** The current cover picture ({@link CurriculumCover}), or none. */
  public Long getCoverMediaId() {
    return coverMediaId;
  }

  void setCoverMediaId(Long coverId) {
    this.coverMediaId = coverId;
  }

  public CurriculumStatus getStatus() {
    return status;
  }

  public boolean isPublished() {
    return status == CurriculumStatus.PUBLISHED;
  }

  void publish(Instant at) {
    this.status = CurriculumStatus.PUBLISHED;
    if (publishedAt == null) {
      publishedAt = at;
    }
  }

  public int getElectiveCount() {
    return electiveCount;
  }

  void setElectiveCount(int electiveCount) {
    this.electiveCount = electiveCount;
  }

  public boolean isOrderRecommended() {
    return orderRecommended;
  }

  void setOrderRecommended(boolean orderRecommended) {
    this.orderRecommended = orderRecommended;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
