package org.relearning.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class PasswordPolicyTest {

  @Test
  void eightCharactersOfAnyScriptAreEnough() {
    PasswordPolicy.check("ขนมชั้นเก้า");
    PasswordPolicy.check("12345678");
    assertRefused("1234567", "account.password.tooShort");
    assertRefused("        ", "account.password.tooShort");
    assertRefused(null, "account.password.tooShort");
    assertRefused("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "account.password.tooLong");
  }

  @Test
  void usernamesAreLowerCaseLatinThatAnyPhoneCanType() {
    assertThat(Usernames.check(" Somsri.J ")).isEqualTo("somsri.j");
    assertThat(Usernames.isValid("สมศรี")).isFalse();
    assertThat(Usernames.isValid("ab")).isFalse();
    assertThat(Usernames.isValid("-abc")).isFalse();
    assertThat(Usernames.isValid("a b c")).isFalse();
    assertThat(Usernames.isValid("learner_01")).isTrue();
  }

  private static void assertRefused(String password, String key) {
    assertThatThrownBy(() -> PasswordPolicy.check(password))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(key);
  }
}
