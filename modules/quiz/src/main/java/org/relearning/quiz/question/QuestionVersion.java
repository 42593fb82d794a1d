package org.relearning.quiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A question as it was at one revision, written the first time an attempt asks that revision and
 * never changed: grading, review and statistics of the attempt read this, not the living question.
 */
@Entity
@Table(name = "QZ_QUESTION_VERSION")
@NamedQuery(
    name = "QuestionVersion.find",
    query =
        "SELECT v FROM QuestionVersion v WHERE v.questionId = :question AND v.revision = :revision")
public class QuestionVersion {

  public static final int CONTENT_MAX = 32000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "QUESTION_ID", nullable = false)
  private Long questionId;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  protected QuestionVersion() {}

  public QuestionVersion(Question question) {
    this.questionId = question.getId();
    this.revision = question.getRevision();
    this.content = QuestionSnapshot.write(question);
  }

  public Long getId() {
    return id;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public int getRevision() {
    return revision;
  }

  /** The question as it was, detached from the database. */
  public Question question() {
    return QuestionSnapshot.read(questionId, revision, content);
  }
}
