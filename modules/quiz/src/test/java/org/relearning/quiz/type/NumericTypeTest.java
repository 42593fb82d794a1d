package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relearning.quiz.question.Question;

class NumericTypeTest {

  private final NumericType type = new NumericType();

  /** How many layers does khanom chan have, and how many grams of sugar (±0.1)? */
  private final Question sugar = Questions.of(NumericType.ID, "3.5|0.1", true);

  @ParameterizedTest
  @ValueSource(
      strings = {"3.5", "3.4", "3.6", "3.45", " 3.50 ", "+3.5", "๓.๕", "3.5\u200B", "3.6000"})
  void withinToleranceEarnsAll(String response) {
    assertThat(type.grade(sugar, response)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.61", "3.39", "-3.5", "35", "0"})
  void outsideToleranceEarnsNothing(String response) {
    assertThat(type.grade(sugar, response)).isZero();
  }

  @Test
  void toleranceIsExactDecimalArithmetic() {
    // 0.3 - 0.1 is 0.19999999999999998 in doubles, which would refuse a correct 0.1 tolerance
    Question q = Questions.of(NumericType.ID, "0.3|0.1", true);
    assertThat(type.grade(q, "0.2")).isEqualTo(1.0);
    assertThat(type.grade(q, "0.4")).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3,5", "1,234", "1,234.5", "1 234", "1'234", "3.5.1", "3.5e0", "1e999999999", "NaN",
        "Infinity", "๓,๕", "", " ", "three", "3.5 ชั้น", "--3.5", "0x10", "٣.٥"
      })
  void refusesWhatItCannotReadSafely(String response) {
    assertThat(type.grade(sugar, response)).isZero();
    assertThat(NumericType.parse(response)).isEmpty();
  }

  @Test
  void refusesHugeNumbersWithoutTryingToReadThem() {
    assertThat(type.grade(sugar, "9".repeat(1_000_000))).isZero();
    assertThat(type.grade(sugar, "3." + "5".repeat(NumericType.MAX_LENGTH))).isZero();
    assertThat(type.grade(sugar, null)).isZero();
  }

  @Test
  void readsSignsLeadingPointsAndTheMinusSign() {
    assertThat(NumericType.parse("\u22122.5")).contains(new BigDecimal("-2.5"));
    assertThat(NumericType.parse(".5")).contains(new BigDecimal("0.5"));
    assertThat(NumericType.parse("๒๕๖๙")).contains(new BigDecimal("2569"));
  }

  @Test
  void anExactAnswerNeedsNoTolerance() {
    Question layers = Questions.of(NumericType.ID, "9", true);
    assertThat(type.grade(layers, "9")).isEqualTo(1.0);
    assertThat(type.grade(layers, "9.0")).isEqualTo(1.0);
    assertThat(type.grade(layers, "๙")).isEqualTo(1.0);
    assertThat(type.grade(layers, "9.01")).isZero();
  }

  @Test
  void anyAcceptedAnswerCountsAndWrongOptionsNever() {
    Question q = Questions.of(NumericType.ID, "9|0", true, "7", true, "11", false);
    assertThat(type.grade(q, "7")).isEqualTo(1.0);
    assertThat(type.grade(q, "11")).isZero();
  }

  @Test
  void validationWantsReadableAcceptedAnswers() {
    assertThat(type.validate(sugar)).isEmpty();
    assertThat(type.validate(Questions.of(NumericType.ID, "3,5|0.1", true)))
        .containsExactly("question.problem.badNumber");
    assertThat(type.validate(Questions.of(NumericType.ID, "3.5|-0.1", true)))
        .containsExactly("question.problem.badNumber");
    assertThat(type.validate(Questions.of(NumericType.ID, "3.5", false)))
        .containsExactly("question.problem.noAcceptedAnswer");
  }

  @Test
  void aMalformedAcceptedAnswerAcceptsNothing() {
    Question broken = Questions.of(NumericType.ID, "abc|1", true, "|", true);
    assertThat(type.grade(broken, "0")).isZero();
  }

  @Test
  void acceptedAnswersWriteBackInTheirCanonicalForm() {
    assertThat(NumericType.Accepted.parse("๓.๕|๐.๑").orElseThrow().text()).isEqualTo("3.5|0.1");
    assertThat(NumericType.Accepted.parse("42").orElseThrow().text()).isEqualTo("42");
  }
}
