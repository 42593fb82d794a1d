package org.relearning.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.certificate.CertificatesForReports.IssuedFact;
import org.relearning.learning.EnrolmentsForReports.EnrolmentFact;
import org.relearning.learning.EnrolmentsForReports.LessonFact;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.AttemptsForReports.AttemptFact;
import org.relearning.quiz.GradingMethod;

/** How the facts of a period are counted, without a server: months, rates, grades, people. */
class ReportTallyTest {

  private static final YearMonth OCT = YearMonth.of(2026, 10);
  private static final YearMonth NOV = YearMonth.of(2026, 11);
  private static final ReportRequest OCT_NOV = new ReportRequest(OCT, NOV, 1L, GroupBy.MONTH);

  /** A Bangkok time of a day of a month. */
  private static Instant at(YearMonth month, int day, int hour) {
    return month.atDay(day).atTime(hour, 0).atZone(Clocks.ZONE).toInstant();
  }

  private static ReportTally byMonth(ReportRequest request) {
    return new ReportTally(
        request,
        e -> YearMonth.from(e.at().atZone(Clocks.ZONE)).toString(),
        List.of(OCT.toString(), NOV.toString()));
  }

  private static List<Object> numbers(ReportRow r) {
    return List.of(
        r.enrolments(),
        r.completions(),
        ReportRow.percent(r.completionRate()),
        r.certificates(),
        ReportRow.percent(r.averageScore()),
        r.activeLearners());
  }

  @Test
  void monthsAreBangkokMonthsAndEachMeasureCountsWhereItHappened() {
    // 1 November 00:30 in Bangkok is still 31 October in UTC
    Instant earlyNovember = at(NOV, 1, 0).plusSeconds(1800);
    ReportTally tally =
        byMonth(OCT_NOV)
            .enrolments(
                List.of(
                    new EnrolmentFact(1, 10, 1, at(OCT, 5, 9), earlyNovember),
                    new EnrolmentFact(2, 10, 1, at(OCT, 6, 9), null),
                    new EnrolmentFact(3, 10, 1, at(YearMonth.of(2026, 9), 1, 9), at(OCT, 2, 9))))
            .lessons(List.of(new LessonFact(2, 10, 1, at(NOV, 3, 9))))
            .certificates(List.of(new IssuedFact(1, 10, 1, earlyNovember)));
    List<ReportRow> rows = tally.rows(key -> key);
    assertThat(rows).extracting(ReportRow::key).containsExactly("2026-10", "2026-11");
    // October: two enrolments (one completed by the period's end), one completion of September's
    assertThat(numbers(rows.get(0))).containsExactly(2L, 1L, "50.0", 0L, "", 2L);
    assertThat(numbers(rows.get(1))).containsExactly(0L, 1L, "", 1L, "", 1L);
    assertThat(numbers(tally.total("all"))).containsExactly(2L, 2L, "50.0", 1L, "", 2L);
  }

  @Test
  void aCompletionAfterThePeriodDoesNotCountInItsRate() {
    ReportRequest october = new ReportRequest(OCT, OCT, 1L, GroupBy.MONTH);
    ReportTally tally =
        byMonth(october)
            .enrolments(List.of(new EnrolmentFact(1, 10, 1, at(OCT, 5, 9), at(NOV, 2, 9))));
    assertThat(numbers(tally.total("all"))).containsExactly(1L, 0L, "0.0", 0L, "", 1L);
  }

  @Test
  void eachLearnersQuizGradeFollowsTheQuizsRuleAndCountsOnce() {
    ReportTally tally =
        byMonth(OCT_NOV)
            .attempts(
                List.of(
                    // learner 1, quiz 7 (highest): 40 then 80 -> 80, in November
                    attempt(1, 7, at(OCT, 1, 9), 40, GradingMethod.HIGHEST),
                    attempt(1, 7, at(NOV, 1, 9), 80, GradingMethod.HIGHEST),
                    // learner 2, quiz 8 (last): 90 then 30 -> 30
                    attempt(2, 8, at(OCT, 2, 9), 90, GradingMethod.LAST),
                    attempt(2, 8, at(OCT, 3, 9), 30, GradingMethod.LAST),
                    // learner 2, quiz 9 (average): 50 and 75 -> 62.5; one still to grade
                    attempt(2, 9, at(OCT, 4, 9), 50, GradingMethod.AVERAGE),
                    attempt(2, 9, at(OCT, 5, 9), 75, GradingMethod.AVERAGE),
                    attempt(2, 9, at(OCT, 6, 9), null, GradingMethod.AVERAGE)));
    List<ReportRow> rows = tally.rows(key -> key);
    // October: learner 2's grades 30 and 62.5; learner 1 handed in there too
    assertThat(numbers(rows.get(0))).containsExactly(0L, 0L, "", 0L, "46.3", 2L);
    assertThat(numbers(rows.get(1))).containsExactly(0L, 0L, "", 0L, "80.0", 1L);
    // (80 + 30 + 62.5) / 3 = 57.5; two people
    assertThat(numbers(tally.total("all"))).containsExactly(0L, 0L, "", 0L, "57.5", 2L);
  }

  private static AttemptFact attempt(
      long account, long quiz, Instant at, Integer score, GradingMethod method) {
    return new AttemptFact(account, quiz, 10, 1, at, score, method);
  }

  @Test
  void aFormulaLikeNameIsGuardedInTheFiles() {
    assertThat(ReportFiles.guarded("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(ReportFiles.guarded("ช่างไม้")).isEqualTo("ช่างไม้");
  }
}
