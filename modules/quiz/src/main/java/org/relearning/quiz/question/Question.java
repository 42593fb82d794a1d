package org.relearning.quiz.question;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relearning.quiz.bank.Category;

/**
 * A question in a bank category; how it is answered and graded is up to its {@code QuestionType}.
 * Every edit raises its {@link #getRevision revision}; attempts keep the revision they asked (see
 * {@link QuestionVersion}), so editing never changes a finished attempt.
 */
@Entity
@Table(name = "QZ_QUESTION")
@NamedQuery(
    name = "Question.ofCategory",
    query =
        "SELECT q FROM Question q WHERE q.category.id = :category AND q.retired = FALSE ORDER BY q.id")
@NamedQuery(
    name = "Question.revisionsOfCategory",
    query =
        "SELECT q.id, q.revision FROM Question q WHERE q.category.id = :category"
            + " AND q.retired = FALSE")
@NamedQuery(
    name = "Question.idsOfCategory",
    query = "SELECT q.id FROM Question q WHERE q.category.id = :category AND q.retired = FALSE")
public class Question {

  public static final int TEXT_MAX = 4000;
  public static final int NAME_MAX = 200;
  public static final int TAGS_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CATEGORY_ID")
  private Category category;

  @Column(name = "QUESTION_TYPE", nullable = false, length = 40)
  private String type;

  @Column(nullable = false, length = NAME_MAX)
  private String name = "";

  @Column(nullable = false, length = TEXT_MAX)
  private String text;

  @Column(nullable = false)
  private int points;

  @Column(nullable = false, length = TAGS_MAX)
  private String tags = "";

  @Column(name = "GENERAL_FEEDBACK", nullable = false, length = TEXT_MAX)
  private String generalFeedback = "";

  @Column(nullable = false)
  private int revision = 1;

  @Column(nullable = false)
  private boolean retired;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Choice> choices = new ArrayList<>();

  protected Question() {}

  public Question(Category category, String type, String text, int points) {
    this.category = category;
    this.type = type;
    this.text = text;
    this.points = points;
  }

  /** A question as it was at one revision, not stored: what attempts grade and review. */
  static Question detached(long id, int revision, String type, String text, int points) {
    Question q = new Question(null, type, text, points);
    q.id = id;
    q.revision = revision;
    return q;
  }

  public Choice addChoice(String choiceText, boolean correct) {
    return addChoice(choiceText, correct, "");
  }

  public Choice addChoice(String choiceText, boolean correct, String feedback) {
    Choice c = new Choice(this, choices.size() + 1, choiceText, correct, feedback);
    choices.add(c);
    return c;
  }

  Choice addChoice(long choiceId, String choiceText, boolean correct, String feedback) {
    Choice c = addChoice(choiceText, correct, feedback);
    c.setId(choiceId);
    return c;
  }

  /**
   * Changes the question; each call is a new revision. {@code choices} replace the old ones where
   * they differ, keeping the ids of those at the same place, so saved responses stay readable.
   */
  public void edit(
      String newText,
      int newPoints,
      String newName,
      String newTags,
      String feedback,
      List<ChoiceEdit> newChoices) {
    this.text = newText;
    this.points = newPoints;
    this.name = newName == null ? "" : newName;
    this.tags = newTags == null ? "" : newTags;
    this.generalFeedback = feedback == null ? "" : feedback;
    for (int i = 0; i < newChoices.size(); i++) {
      ChoiceEdit e = newChoices.get(i);
      if (i < choices.size()) {
        choices.get(i).change(e.text(), e.correct(), e.feedback());
      } else {
        addChoice(e.text(), e.correct(), e.feedback());
      }
    }
    while (choices.size() > newChoices.size()) {
      choices.remove(choices.size() - 1);
    }
    revision++;
  }

  /** One option as an author writes it. */
  public record ChoiceEdit(String text, boolean correct, String feedback) {}

  public void moveTo(Category target) {
    this.category = target;
  }

  public void retire() {
    this.retired = true;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public void setTags(String tags) {
    this.tags = tags == null ? "" : tags;
  }

  public void setGeneralFeedback(String feedback) {
    this.generalFeedback = feedback == null ? "" : feedback;
  }

  public Long getId() {
    return id;
  }

  public Category getCategory() {
    return category;
  }

  public String getType() {
    return type;
  }

  public String getName() {
    return name;
  }

  public String getText() {
    return text;
  }

  public int getPoints() {
    return points;
  }

  public String getTags() {
    return tags;
  }

  public String getGeneralFeedback() {
    return generalFeedback;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isRetired() {
    return retired;
  }

  public List<Choice> getChoices() {
    return Collections.unmodifiableList(choices);
  }
}
