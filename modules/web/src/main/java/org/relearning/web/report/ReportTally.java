package org.relearning.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.relearning.certificate.CertificatesForReports.IssuedFact;
import org.relearning.learning.EnrolmentsForReports.EnrolmentFact;
import org.relearning.learning.EnrolmentsForReports.LessonFact;
import org.relearning.quiz.AttemptsForReports.AttemptFact;
import org.relearning.quiz.GradingMethod;

/**
 * Counts the facts of a period into groups. The measures, as the page explains them:
 *
 * <ul>
 *   <li>enrolments: enrolments made in the period;
 *   <li>completions: enrolments completed in the period (whenever they were made);
 *   <li>completion rate: of the enrolments made in the period, the share completed by its end;
 *   <li>certificates: certificates issued in the period, revoked since or not;
 *   <li>average quiz score: each learner's grade in each quiz from the attempts graded in the
 *       period (by the quiz's own rule: highest, last or average), averaged over learner and quiz;
 *   <li>active learners: people who enrolled, did a lesson or handed in a quiz attempt in the
 *       period, each counted once per group.
 * </ul>
 *
 * <p>Each fact falls into the group of its own library, course, learner and month (a completion in
 * the month it happened, a learner's quiz grade in the month of their last graded attempt), so a
 * person active in two months counts in both, and once in the total.
 */
final class ReportTally {

  /** Something a learner did: who, in which course and library, when. */
  record Event(long accountId, long courseId, long libraryId, Instant at) {}

  private static final class Group {
    long enrolments;
    long completedByEnd;
    long completions;
    long certificates;
    final List<Double> grades = new ArrayList<>();
    final Set<Long> active = new HashSet<>();
  }

  private final ReportRequest request;
  private final Function<Event, String> keyOf;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Group total = new Group();

  /**
   * @param keyOf the group an event falls into
   * @param keys groups to show even with nothing in them (every month of the period), in order
   */
  ReportTally(ReportRequest request, Function<Event, String> keyOf, List<String> keys) {
    this.request = request;
    this.keyOf = keyOf;
    keys.forEach(k -> groups.put(k, new Group()));
  }

  ReportTally enrolments(List<EnrolmentFact> facts) {
    for (EnrolmentFact e : facts) {
      if (request.covers(e.enrolledAt())) {
        boolean completed = e.completedAt() != null && e.completedAt().isBefore(request.end());
        for (Group g :
            groupsOf(new Event(e.accountId(), e.courseId(), e.libraryId(), e.enrolledAt()))) {
          g.enrolments++;
          g.completedByEnd += completed ? 1 : 0;
          g.active.add(e.accountId());
        }
      }
      if (request.covers(e.completedAt())) {
        for (Group g :
            groupsOf(new Event(e.accountId(), e.courseId(), e.libraryId(), e.completedAt()))) {
          g.completions++;
        }
      }
    }
    return this;
  }

  ReportTally lessons(List<LessonFact> facts) {
    for (LessonFact d : facts) {
      for (Group g : groupsOf(new Event(d.accountId(), d.courseId(), d.libraryId(), d.doneAt()))) {
        g.active.add(d.accountId());
      }
    }
    return this;
  }

  ReportTally certificates(List<IssuedFact> facts) {
    for (IssuedFact c : facts) {
      for (Group g :
          groupsOf(new Event(c.accountId(), c.courseId(), c.libraryId(), c.issuedAt()))) {
        g.certificates++;
      }
    }
    return this;
  }

  /** Attempts oldest first, as {@code AttemptsForReports} reads them. */
  ReportTally attempts(List<AttemptFact> facts) {
    record Pair(long accountId, long quizId) {}
    Map<Pair, List<AttemptFact>> graded = new LinkedHashMap<>();
    for (AttemptFact a : facts) {
      for (Group g : groupsOf(event(a))) {
        g.active.add(a.accountId());
      }
      if (a.scorePercent() != null) {
        graded.computeIfAbsent(new Pair(a.accountId(), a.quizId()), p -> new ArrayList<>()).add(a);
      }
    }
    for (List<AttemptFact> attempts : graded.values()) {
      AttemptFact last = attempts.get(attempts.size() - 1);
      GradingMethod method =
          last.gradingMethod() == null ? GradingMethod.HIGHEST : last.gradingMethod();
      double grade =
          method.of(attempts.stream().map(AttemptFact::scorePercent).toList()).orElseThrow();
      for (Group g : groupsOf(event(last))) {
        g.grades.add(grade);
      }
    }
    return this;
  }

  private static Event event(AttemptFact a) {
    return new Event(a.accountId(), a.courseId(), a.libraryId(), a.submittedAt());
  }

  private List<Group> groupsOf(Event e) {
    return List.of(groups.computeIfAbsent(keyOf.apply(e), k -> new Group()), total);
  }

  /** The groups' rows, named by {@code labelOf}, in the order given then first seen. */
  List<ReportRow> rows(Function<String, String> labelOf) {
    List<ReportRow> rows = new ArrayList<>();
    groups.forEach((key, g) -> rows.add(row(key, labelOf.apply(key), g)));
    return rows;
  }

  ReportRow total(String label) {
    return row("", label, total);
  }

  private static ReportRow row(String key, String label, Group g) {
    return new ReportRow(
        key,
        label,
        g.enrolments,
        g.completions,
        g.enrolments == 0 ? null : percent(100.0 * g.completedByEnd / g.enrolments),
        g.certificates,
        g.grades.isEmpty()
            ? null
            : percent(g.grades.stream().mapToDouble(Double::doubleValue).average().orElseThrow()),
        g.active.size());
  }

  private static BigDecimal percent(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
