package org.relearning.quiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a learner answered to one question of an attempt, as saved when it changed. */
@Entity
@Table(name = "QZ_ANSWER")
@NamedQuery(
    name = "Answer.ofAttempt",
    query = "SELECT a FROM Answer a WHERE a.attemptId = :attempt")
@NamedQuery(
    name = "Answer.ofAttempts",
    query = "SELECT a FROM Answer a WHERE a.attemptId IN :attempts")
@NamedQuery(
    name = "Answer.change",
    query =
        "UPDATE Answer a SET a.response = :r, a.savedAt = :t"
            + " WHERE a.attemptId = :attempt AND a.questionId = :question")
public class Answer {

  public static final int RESPONSE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ATTEMPT_ID", nullable = false)
  private Long attemptId;

  @Column(name = "QUESTION_ID", nullable = false)
  private Long questionId;

  @Column(length = RESPONSE_MAX)
  private String response;

  @Column(name = "SAVED_AT", nullable = false)
  private Instant savedAt;

  protected Answer() {}

  public Answer(Long attemptId, Long questionId, String response, Instant savedAt) {
    this.attemptId = attemptId;
    this.questionId = questionId;
    this.response = response;
    this.savedAt = savedAt;
  }

  void change(String newResponse, Instant at) {
    this.response = newResponse;
    this.savedAt = at;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public String getResponse() {
    return response;
  }
}
