package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.stats.AttemptRecord;
import org.relearning.quiz.stats.QuestionStatistics;
import org.relearning.quiz.stats.QuestionStats;
import org.relearning.quiz.stats.SlotRecord;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Params;

/** A quiz's submitted attempts and its statistics question by question, for its authors. */
@Named("authorResults")
@RequestScoped
public class AuthorResultsBacking {

  /** Below this discrimination index a question is flagged: it separates learners poorly. */
  static final double DISCRIMINATION_LOW = 20;

  /** Outside this facility range a question is flagged: nearly nobody or nearly everybody. */
  static final double FACILITY_LOW = 10;

  static final double FACILITY_HIGH = 90;

  @EJB private QuizService quizzes;
  @Inject private QuizReports reports;
  @Inject private Language language;

  private Long quiz;
  private Quiz found;
  private List<AttemptRecord> attempts = List.of();
  private final Map<Long, String> questions = new LinkedHashMap<>();
  private List<QuestionRow> statistics = List.of();

  /** One option of a choice question with how often it was chosen. */
  public record Bar(String label, int count, int percent) {}

  /** A question's figures as the statistics section shows them. */
  public record QuestionRow(
      String name,
      int attempts,
      String facility,
      boolean facilityWarning,
      String discrimination,
      boolean discriminationWarning,
      List<Bar> bars) {}

  public void load() {
    found = quizzes.getForEditing(Params.required(quiz, "quiz"));
    QuizReports.Report report = reports.report(found.getId(), language.getLocale());
    attempts = report.attempts();
    Map<Long, Integer> asked = new HashMap<>();
    for (AttemptRecord a : attempts) {
      for (SlotRecord s : a.slots()) {
        questions.putIfAbsent(s.questionId(), s.questionName());
        asked.merge(s.questionId(), 1, Integer::sum);
      }
    }
    List<QuestionRow> rows = new ArrayList<>();
    for (QuestionStats s : QuestionStatistics.of(attempts)) {
      Map<String, String> options = report.options().getOrDefault(s.questionId(), Map.of());
      int times = asked.getOrDefault(s.questionId(), 0);
      List<Bar> bars = new ArrayList<>();
      for (Map.Entry<String, String> option : options.entrySet()) {
        int count = s.optionCounts().getOrDefault(option.getKey(), 0);
        bars.add(
            new Bar(
                option.getValue(),
                count,
                times == 0 ? 0 : (int) Math.round(100.0 * count / times)));
      }
      boolean measured = s.attempts() > 0 && !Double.isNaN(s.facilityIndex());
      rows.add(
          new QuestionRow(
              s.questionName(),
              s.attempts(),
              measured ? decimal(s.facilityIndex()) : "\u2013",
              measured && (s.facilityIndex() < FACILITY_LOW || s.facilityIndex() > FACILITY_HIGH),
              s.discriminationIndex() == null ? "\u2013" : decimal(s.discriminationIndex()),
              s.discriminationIndex() != null && s.discriminationIndex() < DISCRIMINATION_LOW,
              bars));
    }
    statistics = rows;
  }

  /** One decimal, as the statistics show their figures: 66.7, -50, 100. */
  static String decimal(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  public String time(Instant instant) {
    return instant == null
        ? ""
        : Dates.shortDateTime(instant.atZone(Clocks.ZONE), language.getLocale());
  }

  public String score(AttemptRecord a) {
    return a.scorePercent() == null ? Messages.text("results.notGraded") : a.scorePercent() + "%";
  }

  public String passed(AttemptRecord a) {
    if (a.passed() == null) {
      return "\u2013";
    }
    return Messages.text(a.passed() ? "results.yes" : "results.no");
  }

  /** The points the attempt earned on a question, "not graded", or a dash when not asked. */
  public String points(AttemptRecord a, Long questionId) {
    for (SlotRecord s : a.slots()) {
      if (s.questionId() == questionId) {
        return s.graded()
            ? decimal(s.earnedPoints()) + " / " + decimal(s.maxPoints())
            : Messages.text("results.notGraded");
      }
    }
    return "\u2013";
  }

  public List<Long> getQuestionIds() {
    return new ArrayList<>(questions.keySet());
  }

  public String questionName(Long questionId) {
    String name = questions.get(questionId);
    return name == null || name.isBlank() ? String.valueOf(questionId) : name;
  }

  public Quiz getFound() {
    return found;
  }

  public List<AttemptRecord> getAttempts() {
    return attempts;
  }

  public List<QuestionRow> getStatistics() {
    return statistics;
  }

  public Long getQuiz() {
    return quiz;
  }

  public void setQuiz(Long quiz) {
    this.quiz = quiz;
  }
}
