package org.relearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.relearning.identity.access.Callers;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.ReviewedQuestion;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.attempt.AttemptStatus;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.TrueFalseType;
import org.relearning.web.support.CompletionGate;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Params;
import org.relearning.web.support.StartGate;
import org.relearning.web.support.TransientRetry;

/**
 * Taking a quiz, in three views of one page: the quiz before an attempt (its rules, the learner's
 * previous attempts and grade), the attempt in progress one page of questions at a time, and the
 * review of a submitted attempt ({@code ?attempt=ID}).
 *
 * <p>Each answer is saved to the server as soon as it changes and the question says "saved" only
 * once the service has committed it; page changes and submission save what is still unsaved. The
 * bean holds only what the learner may see: {@link LearnerQuestion}s during the attempt, {@link
 * ReviewedQuestion}s (already cut down to the quiz's review options) after it.
 */
@Named("learnQuiz")
@ViewScoped
public class LearnQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which of the three views the page shows. */
  public enum Mode {
    START,
    ATTEMPT,
    REVIEW
  }

  /** A previous attempt as the start view lists it. */
  public record AttemptRow(
      long id,
      int number,
      String started,
      String submitted,
      Integer scorePercent,
      boolean awaitingGrader,
      boolean inProgress,
      boolean passed)
      implements Serializable {}

  @Inject private QuizService quizzes;
  @Inject private CompletionGate gate;
  @Inject private StartGate startGate;
  @Inject private Callers callers;
  @Inject private Language language;
  @Inject private Clock clock;

  private Long quizId;
  private Long attemptParam;
  private Mode mode;

  private Long courseId;
  private String title;
  private int passMark;
  private int questionCount;
  private Integer timeLimitMinutes;
  private String opensAt;
  private String closesAt;
  private int attemptsAllowed;
  private String gradingMethod;
  private Double grade;
  private boolean gradePassed;
  private boolean sequential;
  private boolean reviewable;
  private boolean marksShown;
  private boolean responsesShown;
  private String whyNotStart;
  private List<AttemptRow> attempts = List.of();

  private Long attemptId;
  private List<LearnerQuestion> paper = List.of();
  private int page;
  private int lastPage;
  private int attemptNo;
  private final Map<Long, AnswerDraft> drafts = new HashMap<>();
  private final Map<Long, String> saved = new HashMap<>();
  private final Map<Long, String> problems = new HashMap<>();
  private boolean confirming;

  private AttemptRow reviewed;
  private List<ReviewedQuestion> review = List.of();

  public void load() {
    if (attemptParam != null) {
      Attempt attempt = quizzes.myAttempt(attemptParam);
      quizId = attempt.getQuizId();
      readQuiz();
      if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
        resume(attempt);
      } else {
        showReview(attempt);
      }
      return;
    }
    readQuiz();
    quizzes.current(quizId).ifPresentOrElse(this::resume, this::showStart);
  }

  private void readQuiz() {
    Quiz quiz = quizzes.getForTaking(Params.required(quizId, "quiz"));
    courseId = quiz.getCourseId();
    title = quiz.getTitle();
    passMark = quiz.getPassMark();
    questionCount =
        quiz.getSlots().stream().mapToInt(s -> s.isRandom() ? s.getDrawCount() : 1).sum();
    timeLimitMinutes = quiz.getTimeLimitMinutes();
    opensAt = dateTime(quiz.getOpensAt());
    closesAt = dateTime(quiz.getClosesAt());
    attemptsAllowed = quiz.getAttemptsAllowed();
    gradingMethod = quiz.getGradingMethod().name();
    sequential = quiz.isSequential();
    Set<ReviewItem> review = quiz.reviewAt(clock.instant());
    reviewable = !review.isEmpty();
    marksShown = quizzes.marksShown(quizId);
    responsesShown = review.contains(ReviewItem.RESPONSES);
  }

  private void showStart() {
    mode = Mode.START;
    attempts = quizzes.myAttempts(quizId).stream().map(this::row).toList();
    OptionalDouble g = quizzes.grade(quizId, callers.current().accountId());
    grade = g.isPresent() ? g.getAsDouble() : null;
    gradePassed = grade != null && grade + 1e-9 >= passMark;
    if (!marksShown) {
      grade = null;
    }
    whyNotStart = quizzes.whyNotStart(quizId).map(Messages::text).orElse(null);
  }

  private void resume(Attempt attempt) {
    mode = Mode.ATTEMPT;
    attemptId = attempt.getId();
    attemptNo = attempt.getAttemptNo();
    paper = quizzes.paper(attemptId);
    lastPage = paper.stream().mapToInt(LearnerQuestion::page).max().orElse(1);
    page = Math.max(1, Math.min(attempt.getCurrentPage(), lastPage));
    saved.clear();
    saved.putAll(quizzes.savedResponses(attemptId));
    drafts.clear();
    for (LearnerQuestion q : paper) {
      drafts.put(q.id(), AnswerDraft.of(q, saved.get(q.id())));
    }
    problems.clear();
  }

  private void showReview(Attempt attempt) {
    mode = Mode.REVIEW;
    reviewed = row(attempt);
    review = quizzes.review(attempt.getId());
  }

  private AttemptRow row(Attempt a) {
    return new AttemptRow(
        a.getId(),
        a.getAttemptNo(),
        dateTime(a.getStartedAt()),
        dateTime(a.getSubmittedAt()),
        marksShown ? a.getScorePercent() : null,
        a.getStatus() == AttemptStatus.AWAITING_GRADING,
        a.getStatus() == AttemptStatus.IN_PROGRESS,
        Boolean.TRUE.equals(a.getPassed()));
  }

  private String dateTime(Instant at) {
    return at == null
        ? null
        : Dates.shortDateTime(ZonedDateTime.ofInstant(at, Clocks.ZONE), language.getLocale());
  }

  // ---- actions

  public String start() {
    try {
      // as the API's start: one connection at a time, through the start gate (ADR 33)
      startGate.pass(() -> TransientRetry.run(() -> quizzes.startSitting(quizId)));
    } catch (BusinessException e) {
      Messages.error(e.messageKey(), (Object[]) e.arguments());
    }
    return here();
  }

  /** Saves one question's answer as it stands in the page (Ajax, on every change). */
  public void save(long questionId) {
    AnswerDraft draft = drafts.get(questionId);
    if (draft == null || attemptId == null) {
      return;
    }
    LearnerQuestion q = question(questionId);
    String response = draft.response(q);
    try {
      TransientRetry.run(() -> quizzes.saveAnswer(attemptId, questionId, response));
      saved.put(questionId, response);
      problems.remove(questionId);
    } catch (BusinessException e) {
      problems.put(questionId, Messages.text(e.messageKey(), (Object[]) e.arguments()));
    }
  }

  /** Saves what the page holds and moves to another page of the attempt. */
  public String go(int target) {
    if (!saveUnsaved()) {
      return afterRefusal();
    }
    try {
      quizzes.goToPage(attemptId, target);
    } catch (BusinessException e) {
      Messages.error(e.messageKey(), (Object[]) e.arguments());
    }
    return here();
  }

  public String previous() {
    return go(page - 1);
  }

  public String next() {
    return go(page + 1);
  }

  /** Saves what the page holds and asks the learner to confirm, saying what is unanswered. */
  public String confirmSubmit() {
    if (!saveUnsaved()) {
      return afterRefusal();
    }
    confirming = true;
    return null;
  }

  public void cancelSubmit() {
    confirming = false;
  }

  /** Submits the attempt; any number of clicks give the one result. */
  public String submit() {
    if (attemptId == null) {
      return here();
    }
    saveUnsaved();
    gate.pass(() -> TransientRetry.run(() -> quizzes.submit(attemptId)));
    return "/learn/quiz.xhtml?faces-redirect=true&attempt=" + attemptId;
  }

  /**
   * Saves the answers of the current page that differ from what the server holds; false (with a
   * problem on its question) when one was refused.
   */
  private boolean saveUnsaved() {
    boolean ok = true;
    for (LearnerQuestion q : getPageQuestions()) {
      String response = drafts.get(q.id()).response(q);
      String before = saved.get(q.id());
      if ((answered(response) || answered(before))
          && !Objects.equals(blankToNull(response), blankToNull(before))) {
        save(q.id());
        String problem = problems.get(q.id());
        if (problem != null) {
          ok = false;
        }
      }
    }
    return ok;
  }

  /** After a refused save: the review if time ran out meanwhile, else this page again. */
  private String afterRefusal() {
    if (quizzes.myAttempt(attemptId).isSubmitted()) {
      Messages.info("attempt.timeUp");
      return "/learn/quiz.xhtml?faces-redirect=true&attempt=" + attemptId;
    }
    Messages.error("learnQuiz.saveFailed");
    return null;
  }

  private String here() {
    return "/learn/quiz.xhtml?faces-redirect=true&id=" + quizId;
  }

  private LearnerQuestion question(long id) {
    return paper.stream().filter(q -> q.id() == id).findFirst().orElseThrow();
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  // ---- what the attempt view shows

  public List<LearnerQuestion> getPageQuestions() {
    return paper.stream().filter(q -> q.page() == page).toList();
  }

  public List<Integer> getPages() {
    List<Integer> pages = new ArrayList<>();
    for (int i = 1; i <= lastPage; i++) {
      pages.add(i);
    }
    return pages;
  }

  /** Whether the page has every question of it answered, for the page list. */
  public boolean isPageAnswered(int p) {
    return paper.stream().filter(q -> q.page() == p).allMatch(q -> answered(saved.get(q.id())));
  }

  public int getUnanswered() {
    return (int) paper.stream().filter(q -> !answered(saved.get(q.id()))).count();
  }

  static boolean answered(String response) {
    return response != null && !response.replace(",", "").isBlank();
  }

  /** "saved", "failed" or "" for a question never answered. */
  public String status(long questionId) {
    if (problems.containsKey(questionId)) {
      return "failed";
    }
    return answered(saved.get(questionId)) ? "saved" : "";
  }

  public String problem(long questionId) {
    return problems.getOrDefault(questionId, "");
  }

  /** Seconds left as the server counts them now; -1 without a time limit. */
  public long getSecondsLeft() {
    if (attemptId == null) {
      return -1;
    }
    OptionalLong left = quizzes.secondsLeft(attemptId);
    return left.isPresent() ? left.getAsLong() : -1;
  }

  public static String clock(long seconds) {
    long s = Math.max(0, seconds);
    return String.format("%02d:%02d", s / 60, s % 60);
  }

  public String getClockText() {
    return clock(getSecondsLeft());
  }

  public String optionLabel(LearnerQuestion q, LearnerQuestion.Option o) {
    if (TrueFalseType.ID.equals(q.type())) {
      return trueFalse(o.text());
    }
    return o.text();
  }

  private static String trueFalse(String constant) {
    return Messages.text(TrueFalseType.TRUE.equals(constant) ? "quiz.true" : "quiz.false");
  }

  public Map<Long, AnswerDraft> getDrafts() {
    return drafts;
  }

  // ---- what the review shows

  /** The learner's response in words: option texts, matched pairs, the order, the text typed. */
  public List<String> responseLines(ReviewedQuestion r) {
    return readable(r.question(), r.response());
  }

  static List<String> readable(LearnerQuestion q, String response) {
    if (response == null || !answered(response) && !isText(q.type())) {
      return List.of();
    }
    if (isText(q.type())) {
      return response.isBlank() ? List.of() : List.of(response);
    }
    Map<Long, String> texts = new LinkedHashMap<>();
    for (LearnerQuestion.Option o : q.options()) {
      texts.put(o.id(), TrueFalseType.ID.equals(q.type()) ? trueFalse(o.text()) : o.text());
    }
    String[] tokens = response.split(",", -1);
    List<String> lines = new ArrayList<>();
    if (MatchingType.ID.equals(q.type())) {
      for (int i = 0; i < q.prompts().size(); i++) {
        String token = i < tokens.length ? tokens[i].strip() : "";
        String right = token.isEmpty() ? Messages.text("learnQuiz.noAnswer") : textOf(texts, token);
        lines.add(q.prompts().get(i) + " → " + right);
      }
      return lines;
    }
    int n = 1;
    for (String token : tokens) {
      if (token.isBlank()) {
        continue;
      }
      String text = textOf(texts, token.strip());
      lines.add(OrderingType.ID.equals(q.type()) ? n++ + ". " + text : text);
    }
    return lines;
  }

  private static String textOf(Map<Long, String> texts, String token) {
    try {
      return texts.getOrDefault(Long.parseLong(token), token);
    } catch (NumberFormatException e) {
      return token;
    }
  }

  private static boolean isText(String type) {
    return ShortAnswerType.ID.equals(type)
        || NumericType.ID.equals(type)
        || EssayType.ID.equals(type);
  }

  /** The correct answers as the learner reads them (true and false translated). */
  public List<String> correctLines(ReviewedQuestion r) {
    if (TrueFalseType.ID.equals(r.question().type())) {
      return r.correctAnswers().stream().map(LearnQuizBacking::trueFalse).toList();
    }
    if (OrderingType.ID.equals(r.question().type())) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < r.correctAnswers().size(); i++) {
        lines.add((i + 1) + ". " + r.correctAnswers().get(i));
      }
      return lines;
    }
    return r.correctAnswers();
  }

  /** Points as a short number: 1, 0.5. */
  public String points(Double earned) {
    if (earned == null) {
      return "";
    }
    double rounded = Math.round(earned * 100) / 100.0;
    return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
  }

  // ---- properties

  public Mode getMode() {
    return mode;
  }

  public Long getQuizId() {
    return quizId;
  }

  public void setQuizId(Long quizId) {
    this.quizId = quizId;
  }

  public Long getAttempt() {
    return attemptParam;
  }

  public void setAttempt(Long attempt) {
    this.attemptParam = attempt;
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

  public int getQuestionCount() {
    return questionCount;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public String getOpensAt() {
    return opensAt;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public int getAttemptsUsed() {
    return attempts.size();
  }

  public String getGradingMethod() {
    return gradingMethod;
  }

  /** The learner's grade for the quiz, rounded down to a whole percent; null before any. */
  public Integer getGrade() {
    return grade == null ? null : (int) Math.floor(grade + 1e-9);
  }

  public boolean isGradePassed() {
    return gradePassed;
  }

  /** Whether scores are shown now; when not, the page says whether the quiz is passed, no more. */
  public boolean isMarksShown() {
    return marksShown;
  }

  public boolean isSequential() {
    return sequential;
  }

  public boolean isReviewable() {
    return reviewable;
  }

  /** Whether the review shows the learner's responses now (so a missing one was not given). */
  public boolean isResponsesShown() {
    return responsesShown;
  }

  public String getWhyNotStart() {
    return whyNotStart;
  }

  public List<AttemptRow> getAttempts() {
    return attempts;
  }

  public int getPage() {
    return page;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public int getLastPage() {
    return lastPage;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public AttemptRow getReviewed() {
    return reviewed;
  }

  public List<ReviewedQuestion> getReview() {
    return review;
  }
}
