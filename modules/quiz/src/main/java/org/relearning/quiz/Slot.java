package org.relearning.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.question.Question;

/**
 * One place in a quiz: either a fixed question, or {@code drawCount} questions drawn at random from
 * a category for each attempt.
 */
@Entity
@Table(name = "QZ_SLOT")
@NamedQuery(
    name = "Slot.forPaper",
    query =
        "SELECT q.id, q.revision, c.id, s.drawCount FROM Slot s LEFT JOIN s.question q"
            + " LEFT JOIN s.category c WHERE s.quiz.id = :quiz ORDER BY s.position")
public class Slot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "QUIZ_ID")
  private Quiz quiz;

  @Column(nullable = false)
  private int position;

  @ManyToOne(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @JoinColumn(name = "QUESTION_ID")
  private Question question;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CATEGORY_ID")
  private Category category;

  @Column(name = "DRAW_COUNT", nullable = false)
  private int drawCount = 1;

  protected Slot() {}

  Slot(Quiz quiz, int position, Question question) {
    this.quiz = quiz;
    this.position = position;
    this.question = question;
  }

  Slot(Quiz quiz, int position, Category category, int drawCount) {
    this.quiz = quiz;
    this.position = position;
    this.category = category;
    this.drawCount = drawCount;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  void setPosition(int position) {
    this.position = position;
  }

  /** The fixed question, or null for a random draw. */
  public Question getQuestion() {
    return question;
  }

  /** The category drawn from, or null for a fixed question. */
  public Category getCategory() {
    return category;
  }

  public boolean isRandom() {
    return category != null;
  }

  public int getDrawCount() {
    return drawCount;
  }
}
