package org.relearning.quiz.question;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relearning.quiz.Quiz;

/** A question of a quiz; how it is answered and graded is up to its {@code QuestionType}. */
@Entity
@Table(name = "QZ_QUESTION")
public class Question {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "QUIZ_ID")
  private Quiz quiz;

  @Column(nullable = false)
  private int position;

  @Column(name = "QUESTION_TYPE", nullable = false, length = 40)
  private String type;

  @Column(nullable = false, length = TEXT_MAX)
  private String text;

  @Column(nullable = false)
  private int points;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Choice> choices = new ArrayList<>();

  protected Question() {}

  public Question(Quiz quiz, int position, String type, String text, int points) {
    this.quiz = quiz;
    this.position = position;
    this.type = type;
    this.text = text;
    this.points = points;
  }

  public Choice addChoice(String choiceText, boolean correct) {
    Choice c = new Choice(this, choices.size() + 1, choiceText, correct);
    choices.add(c);
    return c;
  }

  public Long getId() {
    return id;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public int getPosition() {
    return position;
  }

  public String getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public int getPoints() {
    return points;
  }

  public List<Choice> getChoices() {
    return Collections.unmodifiableList(choices);
  }
}
