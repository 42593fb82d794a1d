package org.relearning.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.question.Question;

/**
 * A quiz of a course: what it asks (its {@link Slot slots}), the mark in percent a learner needs to
 * pass, and how it is taken (order, pages, time, dates, attempts, grading, review).
 */
@Entity
@Table(name = "QZ_QUIZ")
@NamedQuery(
    name = "Quiz.ofCourse",
    query = "SELECT q FROM Quiz q WHERE q.courseId = :course ORDER BY q.id")
public class Quiz {

  public static final int TITLE_MAX = 200;
  public static final int TIME_LIMIT_MAX_MINUTES = 24 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(name = "LIBRARY_ID", nullable = false)
  private Long libraryId;

  @Column(name = "OWNER_ID", nullable = false)
  private Long ownerId;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "PASS_MARK", nullable = false)
  private int passMark;

  /** Where questions written for this quiz are kept. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CATEGORY_ID")
  private Category category;

  @Column(name = "SHUFFLE_QUESTIONS", nullable = false)
  private boolean shuffleQuestions;

  @Column(name = "SHUFFLE_OPTIONS", nullable = false)
  private boolean shuffleOptions;

  /** Questions per page; 0 puts them all on one page. */
  @Column(name = "PER_PAGE", nullable = false)
  private int perPage;

  /** Whether learners go through the pages in order, without going back. */
  @Column(nullable = false)
  private boolean sequential;

  @Column(name = "TIME_LIMIT_MINUTES")
  private Integer timeLimitMinutes;

  @Column(name = "OPENS_AT")
  private Instant opensAt;

  @Column(name = "CLOSES_AT")
  private Instant closesAt;

  /** 0 for no limit. */
  @Column(name = "ATTEMPTS_ALLOWED", nullable = false)
  private int attemptsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "GRADING_METHOD", nullable = false, length = 10)
  private GradingMethod gradingMethod = GradingMethod.HIGHEST;

  @Column(name = "REVIEW_AFTER_SUBMIT", nullable = false, length = 100)
  private String reviewAfterSubmit = "RESPONSES,MARKS,CORRECT,FEEDBACK";

  @Column(name = "REVIEW_AFTER_CLOSE", nullable = false, length = 100)
  private String reviewAfterClose = "RESPONSES,MARKS,CORRECT,FEEDBACK";

  @Version private long version;

  @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Slot> slots = new ArrayList<>();

  protected Quiz() {}

  public Quiz(Long courseId, Long libraryId, Long ownerId, String title, int passMark) {
    this.courseId = courseId;
    this.libraryId = libraryId;
    this.ownerId = ownerId;
    this.title = title;
    this.passMark = passMark;
  }

  /** A new question, kept in this quiz's category, asked at the end of the quiz. */
  public Question addQuestion(String type, String text, int points) {
    Question q = new Question(category, type, text, points);
    slots.add(new Slot(this, slots.size() + 1, q));
    return q;
  }

  /** Asks an existing question at the end of the quiz. */
  public Slot addFixed(Question question) {
    Slot s = new Slot(this, slots.size() + 1, question);
    slots.add(s);
    return s;
  }

  /** Draws {@code count} questions from the category for each attempt, at the end of the quiz. */
  public Slot addRandom(Category from, int count) {
    Slot s = new Slot(this, slots.size() + 1, from, count);
    slots.add(s);
    return s;
  }

  /** Moves the slot to {@code position} (1-based, clamped to the quiz's places). */
  public void placeAt(Slot slot, int position) {
    if (slots.remove(slot)) {
      slots.add(Math.max(0, Math.min(slots.size(), position - 1)), slot);
      renumber();
    }
  }

  public void removeSlot(long slotId) {
    slots.removeIf(s -> s.getId() != null && s.getId() == slotId);
    renumber();
  }

  /** Moves a slot up (-1) or down (+1). */
  public void moveSlot(long slotId, int by) {
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).getId() != null && slots.get(i).getId() == slotId) {
        int j = i + by;
        if (j >= 0 && j < slots.size()) {
          Collections.swap(slots, i, j);
          renumber();
        }
        return;
      }
    }
  }

  private void renumber() {
    for (int i = 0; i < slots.size(); i++) {
      slots.get(i).setPosition(i + 1);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
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

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public Category getCategory() {
    return category;
  }

  void setCategory(Category category) {
    this.category = category;
  }

  public List<Slot> getSlots() {
    return Collections.unmodifiableList(slots);
  }

  /** The fixed questions, in order (random draws are not included). */
  public List<Question> getQuestions() {
    return slots.stream().filter(s -> !s.isRandom()).map(Slot::getQuestion).toList();
  }

  /** How many questions each attempt asks. */
  public int getQuestionCount() {
    return slots.stream().mapToInt(s -> s.isRandom() ? s.getDrawCount() : 1).sum();
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public int getPerPage() {
    return perPage;
  }

  public boolean isSequential() {
    return sequential;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public GradingMethod getGradingMethod() {
    return gradingMethod;
  }

  public Set<ReviewItem> getReviewAfterSubmit() {
    return ReviewItem.parse(reviewAfterSubmit);
  }

  public Set<ReviewItem> getReviewAfterClose() {
    return ReviewItem.parse(reviewAfterClose);
  }

  /** What a learner may see in review at {@code now}. */
  public Set<ReviewItem> reviewAt(Instant now) {
    return closesAt != null && !now.isBefore(closesAt)
        ? getReviewAfterClose()
        : getReviewAfterSubmit();
  }

  void apply(QuizSettings s) {
    this.title = s.title();
    this.passMark = s.passMark();
    this.shuffleQuestions = s.shuffleQuestions();
    this.shuffleOptions = s.shuffleOptions();
    this.perPage = s.perPage();
    this.sequential = s.sequential();
    this.timeLimitMinutes = s.timeLimitMinutes();
    this.opensAt = s.opensAt();
    this.closesAt = s.closesAt();
    this.attemptsAllowed = s.attemptsAllowed();
    this.gradingMethod = s.gradingMethod();
    this.reviewAfterSubmit = ReviewItem.format(s.reviewAfterSubmit());
    this.reviewAfterClose = ReviewItem.format(s.reviewAfterClose());
  }

  /** The settings as they are, for a form to change. */
  public QuizSettings settings() {
    return new QuizSettings(
        title,
        passMark,
        shuffleQuestions,
        shuffleOptions,
        perPage,
        sequential,
        timeLimitMinutes,
        opensAt,
        closesAt,
        attemptsAllowed,
        gradingMethod,
        getReviewAfterSubmit(),
        getReviewAfterClose());
  }
}
