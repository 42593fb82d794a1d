package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerNormaliserTest {

  @Test
  void nullIsEmptyAndTooLongIsNothing() {
    assertThat(AnswerNormaliser.normalise(null)).isEmpty();
    assertThat(AnswerNormaliser.normalise("ก".repeat(AnswerNormaliser.MAX_LENGTH))).isNotNull();
    assertThat(AnswerNormaliser.normalise("ก".repeat(AnswerNormaliser.MAX_LENGTH + 1))).isNull();
    assertThat(AnswerNormaliser.same("x".repeat(5000), "x".repeat(5000))).isFalse();
  }

  @Test
  void composesDecomposedLetters() {
    assertThat(AnswerNormaliser.same("Cr\u00e8me brûlée", "Cre\u0300me bru\u0302le\u0301e"))
        .isTrue();
  }

  @Test
  void putsThaiMarksTypedInEitherOrderInCanonicalOrder() {
    // กุ่ม: sara u (U+0E38) then mai ek (U+0E48), or typed the other way round
    assertThat(AnswerNormaliser.same("ก\u0E38\u0E48ม", "ก\u0E48\u0E38ม")).isTrue();
  }

  @Test
  void nikhahitAndSaraAaAreSaraAm() {
    // น้ำกะทิ typed as no + mai tho + nikhahit + sara aa
    assertThat(AnswerNormaliser.same("น\u0E49\u0E4D\u0E32กะทิ", "น้ำกะทิ")).isTrue();
    assertThat(AnswerNormaliser.normalise("ร\u0E4D\u0E32")).isEqualTo("รำ");
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(AnswerNormaliser.normalise("ขนม\u200Bชั้น")).isEqualTo("ขนมชั้น");
    assertThat(AnswerNormaliser.normalise("\uFEFFทอง\u200Cหยิบ\u200D\u2060")).isEqualTo("ทองหยิบ");
  }

  @Test
  void zeroWidthSpaceIsNotASpace() {
    assertThat(AnswerNormaliser.same("ขนม\u200Bชั้น", "ขนม ชั้น")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "๙ ชั้น|9 ชั้น",
        "๐๑๒๓๔๕๖๗๘๙|0123456789",
        "พ.ศ. ๒๕๖๙|พ.ศ. 2569",
      })
  void thaiDigitsAreArabicDigits(String thai, String arabic) {
    assertThat(AnswerNormaliser.same(thai, arabic)).isTrue();
  }

  @Test
  void collapsesAndTrimsWhitespaceOfAnyKind() {
    assertThat(AnswerNormaliser.normalise("  ลอด\t\tช่อง \n น้ำกะทิ\u00A0\u3000 "))
        .isEqualTo("ลอด ช่อง น้ำกะทิ");
    assertThat(AnswerNormaliser.normalise(" \t\n ")).isEmpty();
  }

  @Test
  void ignoresCaseWithoutTheServersLocale() {
    assertThat(AnswerNormaliser.same("Mango Sticky Rice", "mango STICKY rice")).isTrue();
    // Turkish locale would lower-case I to dotless ı; ROOT must not
    assertThat(AnswerNormaliser.normalise("TIRAMISU")).isEqualTo("tiramisu");
  }

  @Test
  void keepsDifferentThaiWordsDifferent() {
    assertThat(AnswerNormaliser.same("ทองหยิบ", "ทองหยอด")).isFalse();
    assertThat(AnswerNormaliser.same("ไข่", "ไข")).isFalse();
  }
}
