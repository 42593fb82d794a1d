package org.relearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.type.TrueFalseType;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Params;

/**
 * Taking a quiz: each answer is saved to the server as soon as it is chosen, so a reload or a lost
 * connection loses nothing; the score comes from the server at submission.
 */
@Named("learnQuiz")
@ViewScoped
public class LearnQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;

  private Long quizId;
  private Long courseId;
  private String title;
  private int passMark;
  private Long attemptId;
  private List<LearnerQuestion> questions;
  private final Map<Long, String> responses = new HashMap<>();
  private final Set<Long> saved = new HashSet<>();
  private Result result;

  /** What the learner sees after submitting. */
  public record Result(int scorePercent, boolean passed) implements Serializable {}

  public void load() {
    Quiz quiz = quizzes.getForTaking(Params.required(quizId, "quiz"));
    courseId = quiz.getCourseId();
    title = quiz.getTitle();
    passMark = quiz.getPassMark();
    begin();
  }

  private void begin() {
    Attempt attempt = quizzes.start(quizId);
    attemptId = attempt.getId();
    questions = quizzes.questionsForLearner(quizId);
    responses.clear();
    responses.putAll(quizzes.savedResponses(attemptId));
    saved.clear();
    saved.addAll(responses.keySet());
    result = null;
  }

  public void save(long questionId) {
    quizzes.saveAnswer(attemptId, questionId, responses.get(questionId));
    saved.add(questionId);
  }

  public void submit() {
    Attempt graded = quizzes.submit(attemptId);
    result = new Result(graded.getScorePercent(), Boolean.TRUE.equals(graded.getPassed()));
    Messages.info(result.passed() ? "quiz.passed" : "quiz.notPassed");
  }

  public void retry() {
    begin();
  }

  public String optionLabel(LearnerQuestion q, LearnerQuestion.Option o) {
    if (TrueFalseType.ID.equals(q.type())) {
      return Messages.text(TrueFalseType.TRUE.equals(o.text()) ? "quiz.true" : "quiz.false");
    }
    return o.text();
  }

  public boolean isSaved(long questionId) {
    return saved.contains(questionId);
  }

  public Map<Long, String> getResponses() {
    return responses;
  }

  public List<LearnerQuestion> getQuestions() {
    return questions;
  }

  public Result getResult() {
    return result;
  }

  public Long getQuizId() {
    return quizId;
  }

  public void setQuizId(Long quizId) {
    this.quizId = quizId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getTitle() {
    return title;
  }

  public int getPassMark() {
    return passMark;
  }
}
