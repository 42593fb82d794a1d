package org.relearning.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class QuestionStatisticsTest {

  private static final Offset<Double> CLOSE = within(1e-9);

  private static final long CAPITAL = 10;
  private static final long SWEETS = 20;
  private static final long ESSAY = 30;

  /** Asks for one point, options 30 and 31, 31 right. */
  private static SlotRecord capital(double fraction, String... chosen) {
    return new SlotRecord(CAPITAL, "เมืองหลวง", 1, fraction, List.of(chosen));
  }

  /** Asks for two points, options 41, 42 and 43, 41 and 42 right; drawn into some attempts only. */
  private static SlotRecord sweets(double fraction, String... chosen) {
    return new SlotRecord(SWEETS, "ขนมไทย", 2, fraction, List.of(chosen));
  }

  /** Four points, graded by hand; {@code null} while waiting for the grader. */
  private static SlotRecord essay(Double fraction) {
    return new SlotRecord(ESSAY, "เรียงความ", 4, fraction, List.of());
  }

  private static AttemptRecord attempt(long id, SlotRecord... slots) {
    Instant start = Instant.parse("2026-03-02T02:00:00Z").plusSeconds(3600 * id);
    return new AttemptRecord(
        id,
        100 + id,
        "ผู้เรียน " + id,
        1,
        start,
        start.plusSeconds(600),
        null,
        null,
        List.of(slots));
  }

  /**
   * Five attempts. Points earned (fraction × max points), "—" when the question was not drawn, "?"
   * when not graded yet, and the attempt's graded total:
   *
   * <pre>
   *        capital (1)  sweets (2)  essay (4)  total
   *   A    1 × 1 = 1    1   × 2 = 2  .75 × 4 = 3   6
   *   B    0 × 1 = 0    .5  × 2 = 1  .5  × 4 = 2   3
   *   C    1 × 1 = 1    —            1   × 4 = 4   5
   *   D    0 × 1 = 0    0   × 2 = 0  .25 × 4 = 1   1
   *   E    1 × 1 = 1    —            ?             1
   * </pre>
   */
  private static final List<AttemptRecord> FIVE =
      List.of(
          attempt(1, capital(1, "31"), sweets(1, "41", "42"), essay(0.75)),
          attempt(2, capital(0, "30"), sweets(0.5, "41"), essay(0.5)),
          attempt(3, capital(1, "31"), essay(1.0)),
          attempt(4, capital(0), sweets(0, "43"), essay(0.25)),
          attempt(5, capital(1, "31"), essay(null)));

  private static QuestionStats find(List<QuestionStats> stats, long questionId) {
    return stats.stream().filter(s -> s.questionId() == questionId).findFirst().orElseThrow();
  }

  @Test
  void questionsComeInTheOrderTheyFirstAppear() {
    List<QuestionStats> stats = QuestionStatistics.of(FIVE);

    assertThat(stats).extracting(QuestionStats::questionId).containsExactly(CAPITAL, SWEETS, ESSAY);
    assertThat(stats)
        .extracting(QuestionStats::questionName)
        .containsExactly("เมืองหลวง", "ขนมไทย", "เรียงความ");
  }

  @Test
  void attemptsCountOnlyWhereTheQuestionWasGraded() {
    List<QuestionStats> stats = QuestionStatistics.of(FIVE);

    // capital in A..E; sweets drawn into A, B, D only; essay graded in A..D, E still waits
    assertThat(find(stats, CAPITAL).attempts()).isEqualTo(5);
    assertThat(find(stats, SWEETS).attempts()).isEqualTo(3);
    assertThat(find(stats, ESSAY).attempts()).isEqualTo(4);
  }

  @Test
  void facilityIsTheMeanFractionTimesHundred() {
    List<QuestionStats> stats = QuestionStatistics.of(FIVE);

    // capital: (1 + 0 + 1 + 0 + 1) / 5 = 0.6 -> 60
    assertThat(find(stats, CAPITAL).facilityIndex()).isCloseTo(60, CLOSE);
    // sweets, over A, B, D only: (1 + .5 + 0) / 3 = 0.5 -> 50
    assertThat(find(stats, SWEETS).facilityIndex()).isCloseTo(50, CLOSE);
    // essay, over A..D without the ungraded E: (.75 + .5 + 1 + .25) / 4 = 0.625 -> 62.5
    assertThat(find(stats, ESSAY).facilityIndex()).isCloseTo(62.5, CLOSE);
  }

  @Test
  void discriminationCorrelatesTheQuestionWithTheRestOfTheAttempt() {
    List<QuestionStats> stats = QuestionStatistics.of(FIVE);

    // capital, all five attempts (E counts: its essay adds nothing to the rest).
    //   x = points 1, 0, 1, 0, 1             mean 3/5  = 0.6
    //   y = rest = total - x: 5, 3, 4, 1, 0   mean 13/5 = 2.6
    //   dx = .4, -.6, .4, -.6, .4          dy = 2.4, .4, 1.4, -1.6, -2.6
    //   Sxy = .96 - .24 + .56 + .96 - 1.04 = 1.2
    //   Sxx = 3 × .16 + 2 × .36            = 1.2
    //   Syy = 5.76 + .16 + 1.96 + 2.56 + 6.76 = 17.2
    //   r = 1.2 / √(1.2 × 17.2) = √(1.2 / 17.2) = √(3/43) = 0.264135... -> 26.41
    assertThat(find(stats, CAPITAL).discriminationIndex())
        .isCloseTo(100 * Math.sqrt(3.0 / 43), CLOSE)
        .isCloseTo(26.41, within(0.005));

    // sweets, over A, B, D.
    //   x = 2, 1, 0         mean 1       dx = 1, 0, -1
    //   y = 4, 2, 1         mean 7/3     dy = 5/3, -1/3, -4/3
    //   Sxy = 5/3 + 0 + 4/3 = 3;  Sxx = 2;  Syy = (25 + 1 + 16) / 9 = 14/3
    //   r = 3 / √(2 × 14/3) = √(9 × 3/28) = √(27/28) = 0.981980... -> 98.20
    assertThat(find(stats, SWEETS).discriminationIndex())
        .isCloseTo(100 * Math.sqrt(27.0 / 28), CLOSE)
        .isCloseTo(98.20, within(0.005));

    // essay, over A..D.
    //   x = 3, 2, 4, 1      mean 2.5     dx = .5, -.5, 1.5, -1.5
    //   y = 3, 1, 1, 0      mean 1.25    dy = 1.75, -.25, -.25, -1.25
    //   Sxy = .875 + .125 - .375 + 1.875 = 2.5
    //   Sxx = .25 + .25 + 2.25 + 2.25    = 5
    //   Syy = 3.0625 + .0625 + .0625 + 1.5625 = 4.75
    //   r = 2.5 / √(5 × 4.75) = √(6.25 / 23.75) = √(5/19) = 0.512989... -> 51.30
    assertThat(find(stats, ESSAY).discriminationIndex())
        .isCloseTo(100 * Math.sqrt(5.0 / 19), CLOSE)
        .isCloseTo(51.30, within(0.005));
  }

  @Test
  void optionCountsKeepTheOrderKeysWereFirstChosen() {
    List<QuestionStats> stats = QuestionStatistics.of(FIVE);

    // capital: 31 in A, C, E; 30 in B; D left it unanswered. 31 was seen first, though 30 sorts
    // first both as text and as a number.
    assertThat(find(stats, CAPITAL).optionCounts())
        .containsExactly(Map.entry("31", 3), Map.entry("30", 1));
    // sweets: 41 in A and B, 42 in A, 43 in D
    assertThat(find(stats, SWEETS).optionCounts())
        .containsExactly(Map.entry("41", 2), Map.entry("42", 1), Map.entry("43", 1));
    assertThat(find(stats, ESSAY).optionCounts()).isEmpty();
  }

  @Test
  void optionCountsIncludeAnswersStillWaitingForAGrader() {
    SlotRecord graded = new SlotRecord(1, "q", 1, 1.0, List.of("a"));
    SlotRecord waiting = new SlotRecord(1, "q", 1, null, List.of("a", "b"));

    QuestionStats stats =
        QuestionStatistics.of(List.of(attempt(1, graded), attempt(2, waiting))).get(0);

    assertThat(stats.attempts()).isEqualTo(1);
    assertThat(stats.optionCounts()).containsExactly(Map.entry("a", 2), Map.entry("b", 1));
  }

  @Test
  void aKeyChosenTwiceInOneAttemptCountsOnce() {
    SlotRecord twice = new SlotRecord(1, "q", 1, 0.0, List.of("a", "a"));

    QuestionStats stats = QuestionStatistics.of(List.of(attempt(1, twice))).get(0);

    assertThat(stats.optionCounts()).containsExactly(Map.entry("a", 1));
  }

  @Test
  void optionCountsCannotBeChanged() {
    Map<String, Integer> counts = QuestionStatistics.of(FIVE).get(0).optionCounts();

    assertThatThrownBy(() -> counts.put("99", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Four attempts of two one-point questions, answered the same way:
   *
   * <pre>
   *        p  q   rest of p = q
   *   1    0  0   0
   *   2    1  1   1
   *   3    0  0   0
   *   4    1  1   1
   * </pre>
   *
   * p's points equal the rest, so r = 1 exactly: dx = dy = -.5, .5, -.5, .5, Sxy = Sxx = Syy = 1, r
   * = 1 / √(1 × 1) = 1 -> 100.
   */
  @Test
  void aQuestionThatSeparatesTheStrongFromTheWeakPerfectlyScoresHundred() {
    List<AttemptRecord> attempts = new ArrayList<>();
    double[] scores = {0, 1, 0, 1};
    for (int i = 0; i < scores.length; i++) {
      attempts.add(
          attempt(
              i + 1,
              new SlotRecord(1, "p", 1, scores[i], List.of()),
              new SlotRecord(2, "q", 1, scores[i], List.of())));
    }

    List<QuestionStats> stats = QuestionStatistics.of(attempts);

    assertThat(stats.get(0).discriminationIndex()).isCloseTo(100, CLOSE);
    assertThat(stats.get(1).discriminationIndex()).isCloseTo(100, CLOSE);
  }

  /** Points on p go up as the rest goes down: r = -1 -> -100. */
  @Test
  void aQuestionTheStrongGetWrongScoresMinusHundred() {
    List<AttemptRecord> attempts =
        List.of(
            attempt(1, new SlotRecord(1, "p", 1, 1.0, List.of()), essay(0.0)),
            attempt(2, new SlotRecord(1, "p", 1, 0.0, List.of()), essay(1.0)),
            attempt(3, new SlotRecord(1, "p", 1, 0.5, List.of()), essay(0.5)));

    assertThat(QuestionStatistics.of(attempts).get(0).discriminationIndex()).isCloseTo(-100, CLOSE);
  }

  /**
   * Everybody gets "same" right: its points never vary (Sxx = 0), so there is no correlation to
   * speak of; the other question varies but the rest of its attempts (always 1) does not.
   */
  @Test
  void aQuestionWithoutVarianceHasNoDiscrimination() {
    List<AttemptRecord> attempts =
        List.of(
            attempt(1, new SlotRecord(1, "same", 1, 1.0, List.of()), essay(0.0)),
            attempt(2, new SlotRecord(1, "same", 1, 1.0, List.of()), essay(0.5)),
            attempt(3, new SlotRecord(1, "same", 1, 1.0, List.of()), essay(1.0)));

    List<QuestionStats> stats = QuestionStatistics.of(attempts);

    assertThat(stats.get(0).facilityIndex()).isCloseTo(100, CLOSE);
    assertThat(stats.get(0).discriminationIndex()).isNull();
    // essay: points 0, 2, 4 vary; its rest is 1, 1, 1
    assertThat(stats.get(1).facilityIndex()).isCloseTo(50, CLOSE);
    assertThat(stats.get(1).discriminationIndex()).isNull();
  }

  /** 0.1 × 3 and 0.3 × 1 differ in the last bit; that is not variation. */
  @Test
  void roundingNoiseIsNotVariance() {
    List<AttemptRecord> attempts =
        List.of(
            attempt(
                1,
                new SlotRecord(1, "p", 1, 1.0, List.of()),
                new SlotRecord(2, "tenth", 3, 0.1, List.of())),
            attempt(
                2,
                new SlotRecord(1, "p", 1, 0.0, List.of()),
                new SlotRecord(3, "third", 1, 0.3, List.of())));

    assertThat(0.1 * 3).isNotEqualTo(0.3);
    assertThat(QuestionStatistics.of(attempts).get(0).discriminationIndex()).isNull();
  }

  @Test
  void oneAttemptIsNotEnoughForDiscrimination() {
    List<QuestionStats> stats = QuestionStatistics.of(List.of(FIVE.get(0)));

    assertThat(stats).allSatisfy(s -> assertThat(s.discriminationIndex()).isNull());
    assertThat(find(stats, ESSAY).facilityIndex()).isCloseTo(75, CLOSE);
  }

  @Test
  void aQuestionNeverGradedHasNoFigures() {
    QuestionStats stats = QuestionStatistics.of(List.of(attempt(1, essay(null)))).get(0);

    assertThat(stats.attempts()).isZero();
    assertThat(stats.facilityIndex()).isNaN();
    assertThat(stats.discriminationIndex()).isNull();
  }

  @Test
  void noAttemptsGiveNoQuestions() {
    assertThat(QuestionStatistics.of(List.of())).isEmpty();
  }

  @Test
  void aQuestionTwiceInOneAttemptIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuestionStatistics.of(List.of(attempt(7, essay(0.5), essay(1.0)))))
        .withMessageContaining("30")
        .withMessageContaining("7");
  }

  @Test
  void correlationOfKnownSeries() {
    // x = 1, 2, 3; y = 2, 4, 5: dx = -1, 0, 1; dy = -5/3, 1/3, 4/3
    // Sxy = 5/3 + 0 + 4/3 = 3; Sxx = 2; Syy = (25 + 1 + 16) / 9 = 14/3; r = 3 / √(28/3)
    assertThat(QuestionStatistics.correlation(new double[] {1, 2, 3}, new double[] {2, 4, 5}))
        .isCloseTo(3 / Math.sqrt(28.0 / 3), CLOSE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuestionStatistics.correlation(new double[] {1, 2}, new double[3]));
  }

  @Test
  void slotsRejectFractionsOutsideZeroToOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SlotRecord(1, "q", 1, 1.5, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new SlotRecord(1, "q", 1, -0.1, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SlotRecord(1, "q", 1, Double.NaN, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new SlotRecord(1, "q", -1, 0.5, null));
    assertThat(new SlotRecord(1, null, 2, null, null).chosen()).isEmpty();
  }
}
