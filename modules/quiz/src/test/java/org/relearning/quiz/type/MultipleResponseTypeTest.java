package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.relearning.quiz.type.Questions.ids;

import org.junit.jupiter.api.Test;
import org.relearning.quiz.question.Question;

class MultipleResponseTypeTest {

  private final MultipleResponseType partial = new MultipleResponseType();
  private final AllOrNothingMultipleResponseType strict = new AllOrNothingMultipleResponseType();

  /** Which are made with coconut milk? 0, 1, 3 are; 2 and 4 are not. */
  private final Question coconut =
      Questions.of(
          MultipleResponseType.ID,
          "ขนมชั้น",
          true,
          "ลอดช่อง",
          true,
          "ทองหยิบ",
          false,
          "บัวลอย",
          true,
          "ฝอยทอง",
          false);

  @Test
  void everyCorrectOptionAndNothingElseEarnsAll() {
    assertThat(partial.grade(coconut, ids(coconut, 0, 1, 3))).isEqualTo(1.0);
    assertThat(partial.grade(coconut, ids(coconut, 3, 0, 1))).isEqualTo(1.0);
    assertThat(partial.grade(coconut, " " + ids(coconut, 0) + " , " + ids(coconut, 1, 3) + " "))
        .isEqualTo(1.0);
  }

  @Test
  void eachCorrectOptionEarnsItsShare() {
    assertThat(partial.grade(coconut, ids(coconut, 0))).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(partial.grade(coconut, ids(coconut, 0, 1))).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void eachWrongOptionCostsAShare() {
    assertThat(partial.grade(coconut, ids(coconut, 0, 1, 3, 2))).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(partial.grade(coconut, ids(coconut, 0, 1, 2))).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void neverFallsBelowZero() {
    assertThat(partial.grade(coconut, ids(coconut, 0, 2, 4))).isZero();
    assertThat(partial.grade(coconut, ids(coconut, 2, 4))).isZero();
  }

  @Test
  void tickingEverythingEarnsLittle() {
    assertThat(partial.grade(coconut, ids(coconut, 0, 1, 2, 3, 4)))
        .isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void tickingNothingEarnsNothing() {
    assertThat(partial.grade(coconut, "")).isZero();
    assertThat(strict.grade(coconut, "")).isZero();
  }

  @Test
  void allOrNothingWantsExactlyTheCorrectSet() {
    assertThat(strict.grade(coconut, ids(coconut, 1, 3, 0))).isEqualTo(1.0);
    assertThat(strict.grade(coconut, ids(coconut, 0, 1))).isZero();
    assertThat(strict.grade(coconut, ids(coconut, 0, 1, 3, 4))).isZero();
  }

  @Test
  void duplicatedIdsAreForged() {
    // ticking option 0 three times must not be worth three correct options
    assertThat(partial.grade(coconut, ids(coconut, 0, 0, 0))).isZero();
    assertThat(strict.grade(coconut, ids(coconut, 0, 1, 3, 3))).isZero();
  }

  @Test
  void idsOfAnotherQuestionAreForged() {
    Question other = Questions.of(MultipleResponseType.ID, "ก", true, "ข", false);
    assertThat(partial.grade(coconut, ids(coconut, 0, 1) + "," + ids(other, 0))).isZero();
    assertThat(partial.grade(coconut, ids(other, 0))).isZero();
  }

  @Test
  void moreIdsThanOptionsAreRefusedWithoutParsingThem() {
    String many = (ids(coconut, 0, 1, 3) + ",").repeat(2) + "1";
    assertThat(partial.grade(coconut, many)).isZero();
  }

  @Test
  void validationWantsTwoOptionsAndACorrectOne() {
    assertThat(partial.validate(coconut)).isEmpty();
    assertThat(partial.validate(Questions.of(MultipleResponseType.ID, "ก", true)))
        .containsExactly("question.problem.fewChoices");
    assertThat(strict.validate(Questions.of(MultipleResponseType.ID, "ก", false, "ข", false)))
        .containsExactly("question.problem.noCorrect");
  }

  @Test
  void aQuestionWithoutCorrectOptionsEarnsNothing() {
    Question none = Questions.of(MultipleResponseType.ID, "ก", false, "ข", false);
    assertThat(partial.grade(none, "")).isZero();
    assertThat(strict.grade(none, "")).isZero();
  }
}
