package org.relearning.identity.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class LibraryDetailsTest {

  @Test
  void codesAreTrimmedAndUpperCased() {
    LibraryDetails d =
        new LibraryDetails(" bkk-01 ", " ห้องสมุดประชาชนกรุงเทพ ", "Bangkok Library", " ")
            .checked();
    assertThat(d.code()).isEqualTo("BKK-01");
    assertThat(d.nameTh()).isEqualTo("ห้องสมุดประชาชนกรุงเทพ");
    assertThat(d.province()).isNull();
  }

  @Test
  void refusesBadCodesAndMissingNames() {
    assertRefused(new LibraryDetails("ก", "ก", "A", null), "library.codeInvalid");
    assertRefused(new LibraryDetails("A B", "ก", "A", null), "library.codeInvalid");
    assertRefused(new LibraryDetails("X".repeat(21), "ก", "A", null), "library.codeInvalid");
    assertRefused(new LibraryDetails("NAN", "", "Nan", null), "library.nameRequired");
  }

  private static void assertRefused(LibraryDetails d, String key) {
    assertThatThrownBy(d::checked)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(key);
  }
}
