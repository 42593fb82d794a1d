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
public class PaperSlot {

  public static final int COMMENT_MAX = 4000;

  /**
   * The longest paper an attempt's row holds while the attempt is in progress; a longer paper (some
   * hundreds of questions) is written as rows when the attempt starts.
   */
  static final int IN_ROW_MAX = 32000;

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

  /** A question of a paper that is not a row yet: the paper is still in its attempt's row. */
  PaperSlot(long attemptId, int position, AttemptStarts.Planned planned) {
    this.attemptId = attemptId;
    this.position = position;
    this.page = planned.page();
    this.questionId = planned.questionId();
    this.versionId = planned.versionId();
    this.optionOrder = joined(planned.optionOrder());
  }

  /**
   * A new paper as its attempt's row keeps it: each question as {@code page:question:version:order}
   * (the option keys comma-separated), separated by semicolons; null when it is longer than the row
   * holds.
   */
  static String inRow(List<AttemptStarts.Planned> paper) {
    StringBuilder b = new StringBuilder();
    for (AttemptStarts.Planned p : paper) {
      b.append(b.length() == 0 ? "" : ";")
          .append(p.page())
          .append(':')
          .append(p.questionId())
          .append(':')
          .append(p.versionId())
          .append(':')
          .append(joined(p.optionOrder()));
    }
    return b.length() > IN_ROW_MAX ? null : b.toString();
  }

  /** The paper kept in an attempt's row, as slots in its order (not rows yet). */
  static List<PaperSlot> fromRow(long attemptId, String inRow) {
    List<PaperSlot> slots = new ArrayList<>();
    if (inRow.isEmpty()) {
      return slots;
    }
    int position = 1;
    for (String question : inRow.split(";")) {
      String[] f = question.split(":", -1);
      AttemptStarts.Planned planned =
          new AttemptStarts.Planned(
              Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), keys(f[3]));
      slots.add(new PaperSlot(attemptId, position++, planned));
    }
    return slots;
  }

  /**
   * The page on which the paper kept in an attempt's row asks the question; 0 when it does not ask
   * it, or when the attempt's paper is in rows ({@code inRow} null).
   */
  public static int pageIn(String inRow, long questionId) {
    if (inRow == null || inRow.isEmpty()) {
      return 0;
    }
    String id = Long.toString(questionId);
    int start = 0;
    while (start < inRow.length()) {
      int end = inRow.indexOf(';', start);
      if (end < 0) {
        end = inRow.length();
      }
      int pageEnd = inRow.indexOf(':', start);
      int questionEnd = inRow.indexOf(':', pageEnd + 1);
      if (inRow.regionMatches(pageEnd + 1, id, 0, id.length())
          && questionEnd - pageEnd - 1 == id.length()) {
        return Integer.parseInt(inRow, start, pageEnd, 10);
      }
      start = end + 1;
    }
    return 0;
  }

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
    return keys(optionOrder);
  }

  private static List<Long> keys(String joined) {
    List<Long> order = new ArrayList<>();
    if (!joined.isEmpty()) {
      for (String s : joined.split(",")) {
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
