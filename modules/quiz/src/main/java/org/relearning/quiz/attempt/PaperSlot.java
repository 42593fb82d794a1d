package org.relearning.quiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of an attempt's paper: which version of which question it asks, on which page, in
 * which option order, and, once graded, the share of its points earned.
 */
@Entity
@Table(name = "QZ_ATTEMPT_SLOT")
@NamedQuery(
    name = "PaperSlot.ofAttempt",
    query = "SELECT s FROM PaperSlot s WHERE s.attemptId = :attempt ORDER BY s.position")
@NamedQuery(
    name = "PaperSlot.ofAttempts",
    query =
        "SELECT s FROM PaperSlot s WHERE s.attemptId IN :attempts ORDER BY s.attemptId, s.position")
@NamedQuery(
    name = "PaperSlot.forSaving",
    query =
        "SELECT a.accountId, a.status, a.deadline, a.currentPage, s.page, q.sequential"
            + " FROM Attempt a, PaperSlot s, Quiz q WHERE a.id = :attempt AND s.attemptId = a.id"
            + " AND s.questionId = :question AND q.id = a.quizId")
public class PaperSlot {

  public static final int COMMENT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ATTEMPT_ID", nullable = false)
  private Long attemptId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int page;

  @Column(name = "QUESTION_ID", nullable = false)
  private Long questionId;

  @Column(name = "VERSION_ID")
  private Long versionId;

  /** The option keys in the order this learner sees them, comma-separated. */
  @Column(name = "OPTION_ORDER", nullable = false, length = 2000)
  private String optionOrder = "";

  @Column(name = "FRACTION")
  private Double fraction;

  @Column(name = "NEEDS_GRADING", nullable = false)
  private boolean needsGrading;

  @Column(name = "GRADER_ID")
  private Long graderId;

  @Column(name = "GRADED_AT")
  private Instant gradedAt;

  @Column(name = "GRADER_COMMENT", length = COMMENT_MAX)
  private String graderComment;

  protected PaperSlot() {}

  /** Option keys as the OPTION_ORDER column keeps them: comma-separated. */
  static String joined(List<Long> order) {
    StringBuilder b = new StringBuilder();
    for (Long k : order) {
      b.append(b.length() == 0 ? "" : ",").append(k);
    }
    return b.toString();
  }

  void grade(double share) {
    this.fraction = share;
    this.needsGrading = false;
  }

  void leaveForGrader() {
    this.fraction = null;
    this.needsGrading = true;
  }

  void gradeByHand(double share, long grader, String comment, Instant at) {
    this.fraction = share;
    this.needsGrading = false;
    this.graderId = grader;
    this.graderComment = comment;
    this.gradedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public int getPosition() {
    return position;
  }

  public int getPage() {
    return page;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public Long getVersionId() {
    return versionId;
  }

  public List<Long> getOptionOrder() {
    List<Long> order = new ArrayList<>();
    if (!optionOrder.isEmpty()) {
      for (String s : optionOrder.split(",")) {
        order.add(Long.parseLong(s));
      }
    }
    return order;
  }

  public Double getFraction() {
    return fraction;
  }

  public boolean isNeedsGrading() {
    return needsGrading;
  }

  public Long getGraderId() {
    return graderId;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public String getGraderComment() {
    return graderComment;
  }
}
