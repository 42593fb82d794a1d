package org.relearning.quiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One learner's try at a quiz. Its score is computed by the server, once, at submission. */
@Entity
@Table(name = "QZ_ATTEMPT")
@NamedQuery(
    name = "Attempt.ofLearner",
    query =
        "SELECT a FROM Attempt a WHERE a.quizId = :quiz AND a.accountId = :account"
            + " ORDER BY a.attemptNo DESC")
@NamedQuery(
    name = "Attempt.markSubmitted",
    query =
        "UPDATE Attempt a SET a.status = :submitted, a.submittedAt = :now"
            + " WHERE a.id = :id AND a.status = :inProgress")
@NamedQuery(
    name = "Attempt.overdue",
    query =
        "SELECT a.id FROM Attempt a WHERE a.status = :inProgress AND a.deadline IS NOT NULL"
            + " AND a.deadline < :now ORDER BY a.deadline")
@NamedQuery(
    name = "Attempt.forSaving",
    query =
        "SELECT a.accountId, a.status, a.deadline, a.currentPage, a.paper, q.sequential"
            + " FROM Attempt a, Quiz q WHERE a.id = :attempt AND q.id = a.quizId")
@NamedQuery(
    name = "Attempt.ofQuiz",
    query =
        "SELECT a FROM Attempt a WHERE a.quizId = :quiz AND a.status <> :inProgress"
            + " ORDER BY a.accountId, a.attemptNo")
@NamedQuery(
    name = "Attempt.awaitingGrading",
    query =
        "SELECT a FROM Attempt a WHERE a.quizId IN :quizzes AND a.status = :awaiting"
            + " ORDER BY a.submittedAt")
public class Attempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "QUIZ_ID", nullable = false)
  private Long quizId;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  @Column(name = "ATTEMPT_NO", nullable = false)
  private int attemptNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttemptStatus status;

  @Column(name = "STARTED_AT", nullable = false)
  private Instant startedAt;

  @Column(name = "SUBMITTED_AT")
  private Instant submittedAt;

  @Column(name = "SCORE_PERCENT")
  private Integer scorePercent;

  @Column(name = "PASSED")
  private Boolean passed;

  /** When the time limit (or the quiz's closing) ends the attempt; null for no limit. */
  @Column(name = "DEADLINE")
  private Instant deadline;

  @Column(name = "CURRENT_PAGE", nullable = false)
  private int currentPage = 1;

  /**
   * The paper while the attempt is in progress (see {@link PaperRows}); null once it is written as
   * rows, and for a paper that was rows from the start.
   */
  @Column(name = "PAPER", length = PaperSlot.IN_ROW_MAX)
  private String paper;

  protected Attempt() {}

  Attempt(
      Long quizId,
      Long accountId,
      int attemptNo,
      Instant startedAt,
      Instant deadline,
      String paper) {
    this.quizId = quizId;
    this.accountId = accountId;
    this.attemptNo = attemptNo;
    this.status = AttemptStatus.IN_PROGRESS;
    this.startedAt = startedAt;
    this.deadline = deadline;
    this.paper = paper;
  }

  String paperInRow() {
    return paper;
  }

  void paperWrittenOut() {
    this.paper = null;
  }

  void graded(int score, boolean pass) {
    this.scorePercent = score;
    this.passed = pass;
    this.status = AttemptStatus.SUBMITTED;
  }

  void awaitGrading() {
    this.status = AttemptStatus.AWAITING_GRADING;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public int getCurrentPage() {
    return currentPage;
  }

  public void setCurrentPage(int page) {
    this.currentPage = page;
  }

  /** Whether a grader still has to mark some of its answers. */
  public boolean isAwaitingGrading() {
    return status == AttemptStatus.AWAITING_GRADING;
  }

  public Long getId() {
    return id;
  }

  public Long getQuizId() {
    return quizId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public boolean isSubmitted() {
    return status != AttemptStatus.IN_PROGRESS;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Integer getScorePercent() {
    return scorePercent;
  }

  public Boolean getPassed() {
    return passed;
  }
}
