package org.relearning.quiz.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-question statistics over submitted attempts, with the definitions of classical test theory
 * (the ones Moodle's quiz statistics report uses):
 *
 * <ul>
 *   <li><b>Facility index</b>: the mean fraction earned on the question × 100, over the attempts in
 *       which the question was graded. High means easy.
 *   <li><b>Discrimination index</b>: the Pearson correlation × 100 between the points earned on the
 *       question and the points earned on the <em>rest</em> of the attempt (all graded points of
 *       the attempt minus this question's), over the same attempts. High means that learners who
 *       did well on the rest of the quiz also did well on this question. It is undefined ({@code
 *       null}) with fewer than two attempts or when either side has the same value in every
 *       attempt.
 * </ul>
 *
 * <p>A question drawn into only some attempts is measured over those attempts only. A slot waiting
 * for a grader is left out of its own question's figures but the attempt still counts for the other
 * questions, its ungraded slots adding no points to the rest of the attempt.
 */
public final class QuestionStatistics {

  /**
   * Relative spread below which a series counts as constant, so that rounding noise in sums of
   * points is not mistaken for variation.
   */
  private static final double CONSTANT_TOLERANCE = 1e-9;

  private QuestionStatistics() {}

  /**
   * The statistics of every question found in {@code attempts}, in the order the questions first
   * appear (attempt by attempt, slot by slot).
   *
   * @throws IllegalArgumentException if a question appears twice in the same attempt
   */
  public static List<QuestionStats> of(List<AttemptRecord> attempts) {
    Map<Long, Tally> tallies = new LinkedHashMap<>();
    for (AttemptRecord attempt : attempts) {
      double total = attempt.gradedPoints();
      Set<Long> seen = new HashSet<>();
      for (SlotRecord slot : attempt.slots()) {
        if (!seen.add(slot.questionId())) {
          throw new IllegalArgumentException(
              "question " + slot.questionId() + " appears twice in attempt " + attempt.attemptId());
        }
        Tally tally =
            tallies.computeIfAbsent(slot.questionId(), id -> new Tally(id, slot.questionName()));
        tally.count(slot.chosen());
        if (slot.graded()) {
          double points = slot.earnedPoints();
          tally.add(slot.fraction(), points, total - points);
        }
      }
    }
    List<QuestionStats> result = new ArrayList<>(tallies.size());
    for (Tally tally : tallies.values()) {
      result.add(tally.stats());
    }
    return List.copyOf(result);
  }

  /**
   * The Pearson correlation coefficient of two series of the same length, or {@code null} when
   * there are fewer than two pairs or either series is constant.
   */
  static Double correlation(double[] x, double[] y) {
    int n = x.length;
    if (n != y.length) {
      throw new IllegalArgumentException("series of different lengths");
    }
    if (n < 2 || constant(x) || constant(y)) {
      return null;
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static boolean constant(double[] values) {
    double min = values[0];
    double max = values[0];
    double scale = 1;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      scale = Math.max(scale, Math.abs(v));
    }
    return max - min <= CONSTANT_TOLERANCE * scale;
  }

  /** What has been gathered so far about one question. */
  private static final class Tally {
    private final long questionId;
    private final String questionName;
    private final List<Double> fractions = new ArrayList<>();
    private final List<Double> points = new ArrayList<>();
    private final List<Double> rest = new ArrayList<>();
    private final Map<String, Integer> optionCounts = new LinkedHashMap<>();

    Tally(long questionId, String questionName) {
      this.questionId = questionId;
      this.questionName = questionName;
    }

    void count(List<String> chosen) {
      for (String key : new LinkedHashSet<>(chosen)) {
        optionCounts.merge(key, 1, Integer::sum);
      }
    }

    void add(double fraction, double questionPoints, double restPoints) {
      fractions.add(fraction);
      points.add(questionPoints);
      rest.add(restPoints);
    }

    QuestionStats stats() {
      int n = fractions.size();
      double facility = n == 0 ? Double.NaN : 100 * mean(toArray(fractions));
      Double r = correlation(toArray(points), toArray(rest));
      return new QuestionStats(
          questionId, questionName, n, facility, r == null ? null : 100 * r, optionCounts);
    }

    private static double[] toArray(List<Double> values) {
      double[] array = new double[values.size()];
      for (int i = 0; i < array.length; i++) {
        array[i] = values.get(i);
      }
      return array;
    }
  }
}
