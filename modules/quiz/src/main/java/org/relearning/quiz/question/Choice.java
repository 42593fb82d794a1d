package org.relearning.quiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One option of a choice question. Whether it is correct never leaves the server before review. */
@Entity
@Table(name = "QZ_CHOICE")
public class Choice {

  public static final int TEXT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "QUESTION_ID")
  private Question question;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TEXT_MAX)
  private String text;

  @Column(nullable = false)
  private boolean correct;

  @Column(nullable = false, length = TEXT_MAX)
  private String feedback = "";

  protected Choice() {}

  Choice(Question question, int position, String text, boolean correct, String feedback) {
    this.question = question;
    this.position = position;
    this.text = text;
    this.correct = correct;
    this.feedback = feedback == null ? "" : feedback;
  }

  void setId(long id) {
    this.id = id;
  }

  void change(String newText, boolean isCorrect, String newFeedback) {
    this.text = newText;
    this.correct = isCorrect;
    this.feedback = newFeedback == null ? "" : newFeedback;
  }

  /** What the learner is told when they pick this option, shown in review; "" for nothing. */
  public String getFeedback() {
    return feedback;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }
}
