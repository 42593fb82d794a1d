package org.relearning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void uidsCarry128RandomBits() {
    String uid = VerificationCodes.newUid();
    assertThat(uid).hasSize(22);
    assertThat(Base64.getUrlDecoder().decode(uid)).hasSize(16);
  }

  @Test
  void codesAreShortTypeableAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.newCode();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
      seen.add(code);
    }
    assertThat(seen).hasSizeGreaterThan(9_990);
  }

  @Test
  void whatPeopleTypeIsReadKindly() {
    assertThat(VerificationCodes.normalise(" k7qx m2pa ")).contains("K7QX-M2PA");
    assertThat(VerificationCodes.normalise("K7QX-M2PA")).contains("K7QX-M2PA");
    assertThat(VerificationCodes.normalise("o1il-0000")).contains("0111-0000");
  }

  @Test
  void malformedCodesAreNotLookedUp() {
    assertThat(VerificationCodes.normalise(null)).isEmpty();
    assertThat(VerificationCodes.normalise("")).isEmpty();
    assertThat(VerificationCodes.normalise("K7QX-M2P")).isEmpty();
    assertThat(VerificationCodes.normalise("K7QX-M2PAA")).isEmpty();
    assertThat(VerificationCodes.normalise("'; DROP TABLE--")).isEmpty();
    assertThat(VerificationCodes.normalise("ก7QX-M2PA")).isEmpty();
  }
}
