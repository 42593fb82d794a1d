package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.question.Question;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** Editing a quiz: title, pass mark, and its single-choice and true/false questions. */
@Named("authorQuiz")
@ViewScoped
public class AuthorQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int OPTIONS = 4;

  @Inject private QuizService quizzes;

  private Long id;
  private Long courseId;
  private String title;
  private Integer passMark;
  private String singleText;
  private String[] options = new String[OPTIONS];
  private int correctOption;
  private String statement;
  private boolean statementIsTrue = true;
  private transient List<Question> questions;

  public void load() {
    Quiz quiz = quizzes.getForEditing(Params.required(id, "quiz"));
    courseId = quiz.getCourseId();
    title = quiz.getTitle();
    passMark = quiz.getPassMark();
  }

  public List<Question> getQuestions() {
    if (questions == null) {
      questions = quizzes.getForEditing(id).getQuestions();
    }
    return questions;
  }

  public List<Integer> getOptionIndexes() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < OPTIONS; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  public void saveSettings() {
    quizzes.updateSettings(id, title, passMark);
    Messages.info("action.saved");
    reload();
  }

  public void addSingleChoice() {
    List<String> filled = new ArrayList<>();
    int correct = -1;
    for (int i = 0; i < OPTIONS; i++) {
      if (options[i] != null && !options[i].isBlank()) {
        if (i == correctOption) {
          correct = filled.size();
        }
        filled.add(options[i]);
      }
    }
    if (singleText == null || singleText.isBlank()) {
      Messages.error("validation.required");
      return;
    }
    quizzes.addSingleChoice(id, singleText, filled, correct);
    Messages.info("question.added");
    reload();
  }

  public void addTrueFalse() {
    if (statement == null || statement.isBlank()) {
      Messages.error("validation.required");
      return;
    }
    quizzes.addTrueFalse(id, statement, statementIsTrue);
    Messages.info("question.added");
    reload();
  }

  private void reload() {
    Navigation.redirect("/author/quiz.xhtml?id=" + id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public String getSingleText() {
    return singleText;
  }

  public void setSingleText(String singleText) {
    this.singleText = singleText;
  }

  public String[] getOptions() {
    return options;
  }

  public void setOptions(String[] options) {
    this.options = Arrays.copyOf(options, OPTIONS);
  }

  public int getCorrectOption() {
    return correctOption;
  }

  public void setCorrectOption(int correctOption) {
    this.correctOption = correctOption;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public boolean isStatementIsTrue() {
    return statementIsTrue;
  }

  public void setStatementIsTrue(boolean statementIsTrue) {
    this.statementIsTrue = statementIsTrue;
  }
}
