package org.relearning.web.author;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.TrueFalseType;

/**
 * What an author types for one question, kept as typed between requests; {@link #toDraft} encodes
 * the rows the way the question's type stores its options (see the type classes): {@code
 * value|tolerance} for numeric, {@code left=>right} for matching (an empty left is a distractor),
 * the items in their correct order for ordering, the accepted answers for short answer, and the two
 * options {@code true}/{@code false} for true or false.
 */
public class QuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int BLANK_ROWS = 4;

  /** One option row of the editor; which fields matter depends on the type. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private String text = "";
    private boolean correct;
    private String feedback = "";
    private String tolerance = "";
    private String left = "";

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text == null ? "" : text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback == null ? "" : feedback;
    }

    /** The tolerance of a numeric answer; {@link #getText} holds its value. */
    public String getTolerance() {
      return tolerance;
    }

    public void setTolerance(String tolerance) {
      this.tolerance = tolerance == null ? "" : tolerance;
    }

    /** The left side of a matching pair; {@link #getText} holds the right side. */
    public String getLeft() {
      return left;
    }

    public void setLeft(String left) {
      this.left = left == null ? "" : left;
    }

    boolean isBlank() {
      return text.isBlank() && left.isBlank();
    }
  }

  private final String type;
  private String name = "";
  private String text = "";
  private Integer points = ImportedQuestion.DEFAULT_POINTS;
  private String tags = "";
  private String generalFeedback = "";
  private boolean statementIsTrue = true;
  private String trueFeedback = "";
  private String falseFeedback = "";
  private final List<Row> rows = new ArrayList<>();

  private QuestionForm(String type) {
    this.type = type;
  }

  /** An empty form for a new question of the type. */
  public static QuestionForm blank(String type) {
    QuestionForm form = new QuestionForm(type);
    for (int i = 0; i < BLANK_ROWS; i++) {
      form.rows.add(new Row());
    }
    return form;
  }

  /** The form filled with a saved question, as {@code BankService.draftOf} gives it. */
  public static QuestionForm of(ImportedQuestion draft, String tags) {
    QuestionForm form = new QuestionForm(draft.type());
    form.name = draft.name();
    form.text = draft.text();
    form.points = draft.points();
    form.tags = tags == null ? "" : tags;
    form.generalFeedback = draft.generalFeedback();
    for (ImportedChoice c : draft.choices()) {
      if (TrueFalseType.ID.equals(draft.type())) {
        if (TrueFalseType.TRUE.equals(c.text())) {
          form.statementIsTrue = c.correct();
          form.trueFeedback = c.feedback();
        } else {
          form.falseFeedback = c.feedback();
        }
        continue;
      }
      Row row = new Row();
      row.correct = c.correct();
      row.feedback = c.feedback();
      switch (draft.type()) {
        case NumericType.ID -> {
          int bar = c.text().indexOf(NumericType.SEPARATOR);
          row.text = bar < 0 ? c.text() : c.text().substring(0, bar);
          row.tolerance = bar < 0 ? "" : c.text().substring(bar + 1);
        }
        case MatchingType.ID -> {
          MatchingType.Pair pair =
              MatchingType.Pair.parse(c.text()).orElse(new MatchingType.Pair("", c.text()));
          row.left = pair.left();
          row.text = pair.right();
        }
        default -> row.text = c.text();
      }
      form.rows.add(row);
    }
    form.addRow();
    return form;
  }

  /** The question as the bank service takes it. */
  public ImportedQuestion toDraft() {
    List<ImportedChoice> choices = new ArrayList<>();
    switch (type) {
      case TrueFalseType.ID -> {
        choices.add(new ImportedChoice(TrueFalseType.TRUE, statementIsTrue, trueFeedback));
        choices.add(new ImportedChoice(TrueFalseType.FALSE, !statementIsTrue, falseFeedback));
      }
      case EssayType.ID -> {
        // an essay has no options
      }
      case NumericType.ID ->
          filled()
              .forEach(
                  r ->
                      choices.add(
                          new ImportedChoice(
                              r.tolerance.isBlank()
                                  ? r.text.strip()
                                  : r.text.strip() + NumericType.SEPARATOR + r.tolerance.strip(),
                              true,
                              r.feedback)));
      case MatchingType.ID ->
          filled()
              .forEach(
                  r ->
                      choices.add(
                          new ImportedChoice(
                              r.left.strip() + MatchingType.ARROW + r.text.strip(), true, "")));
      case ShortAnswerType.ID, OrderingType.ID ->
          filled().forEach(r -> choices.add(new ImportedChoice(r.text.strip(), true, r.feedback)));
      default ->
          filled()
              .forEach(r -> choices.add(new ImportedChoice(r.text.strip(), r.correct, r.feedback)));
    }
    return new ImportedQuestion(
        type,
        name == null ? "" : name.strip(),
        text == null ? "" : text,
        points == null ? -1 : points,
        choices,
        generalFeedback);
  }

  private List<Row> filled() {
    return rows.stream().filter(r -> !r.isBlank()).toList();
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void removeRow(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public String getType() {
    return type;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags == null ? "" : tags;
  }

  public String getGeneralFeedback() {
    return generalFeedback;
  }

  public void setGeneralFeedback(String generalFeedback) {
    this.generalFeedback = generalFeedback == null ? "" : generalFeedback;
  }

  public boolean isStatementIsTrue() {
    return statementIsTrue;
  }

  public void setStatementIsTrue(boolean statementIsTrue) {
    this.statementIsTrue = statementIsTrue;
  }

  public String getTrueFeedback() {
    return trueFeedback;
  }

  public void setTrueFeedback(String trueFeedback) {
    this.trueFeedback = trueFeedback == null ? "" : trueFeedback;
  }

  public String getFalseFeedback() {
    return falseFeedback;
  }

  public void setFalseFeedback(String falseFeedback) {
    this.falseFeedback = falseFeedback == null ? "" : falseFeedback;
  }
}
