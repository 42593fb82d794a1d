package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relearning.quiz.question.Question;

class ShortAnswerTypeTest {

  private final ShortAnswerType type = new ShortAnswerType();

  /** What is the layered dessert called? Two spellings accepted; one common mistake noted. */
  private final Question layered =
      Questions.of(ShortAnswerType.ID, "ขนมชั้น", true, "Khanom Chan", true, "ขนมเปียกปูน", false);

  @Test
  void acceptsEveryAcceptedAnswer() {
    assertThat(type.grade(layered, "ขนมชั้น")).isEqualTo(1.0);
    assertThat(type.grade(layered, "khanom chan")).isEqualTo(1.0);
  }

  @Test
  void acceptsAnswersThatDifferOnlyInTheNormalisedDetails() {
    assertThat(type.grade(layered, "  ขนม\u200Bชั้น ")).isEqualTo(1.0);
    assertThat(type.grade(layered, "KHANOM   CHAN")).isEqualTo(1.0);
  }

  @Test
  void optionsNotMarkedCorrectAreNotAccepted() {
    assertThat(type.grade(layered, "ขนมเปียกปูน")).isZero();
  }

  @Test
  void otherAndEmptyAnswersEarnNothing() {
    assertThat(type.grade(layered, "ขนม")).isZero();
    assertThat(type.grade(layered, "")).isZero();
    assertThat(type.grade(layered, "   ")).isZero();
    assertThat(type.grade(layered, null)).isZero();
    assertThat(type.grade(layered, "ขนมชั้น".repeat(10_000))).isZero();
  }

  @Test
  void thaiDigitsInAnAnswerMatchArabicOnes() {
    Question layers = Questions.of(ShortAnswerType.ID, "9 ชั้น", true);
    assertThat(type.grade(layers, "๙ ชั้น")).isEqualTo(1.0);
  }

  @Test
  void validationWantsANonBlankAcceptedAnswer() {
    assertThat(type.validate(layered)).isEmpty();
    assertThat(type.validate(Questions.of(ShortAnswerType.ID, "ผิด", false)))
        .containsExactly("question.problem.noAcceptedAnswer");
    assertThat(type.validate(Questions.of(ShortAnswerType.ID, "ก", true, " \u200B ", true)))
        .containsExactly("question.problem.blankAcceptedAnswer");
  }

  @Test
  void aBlankAcceptedAnswerDoesNotAcceptABlankResponse() {
    Question blank = Questions.of(ShortAnswerType.ID, " ", true);
    assertThat(type.grade(blank, "")).isZero();
    assertThat(type.grade(blank, " ")).isZero();
  }
}
