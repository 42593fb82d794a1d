package org.relearning.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class PasswordLinkTest {

  private final Instant issued = Instant.parse("2026-11-26T03:00:00Z");

  @Test
  void onlyTheHashOfTheTokenIsKept() {
    String token = PasswordLink.newToken();
    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(PasswordLink.newToken()).isNotEqualTo(token);
    assertThat(PasswordLink.hash(token)).hasSize(64).isNotEqualTo(token);
    assertThat(PasswordLink.hash(token)).isEqualTo(PasswordLink.hash(token));
  }

  @Test
  void aLinkWorksOnce() {
    PasswordLink link = new PasswordLink(7, "t", PasswordLink.Purpose.RESET, "admin", issued);
    link.use(issued.plusSeconds(60));
    assertThat(link.getUsedAt()).isEqualTo(issued.plusSeconds(60));
    assertThatThrownBy(() -> link.use(issued.plusSeconds(120)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("password.link.used");
  }

  @Test
  void aLinkExpiresAfterSeventyTwoHours() {
    PasswordLink link = new PasswordLink(7, "t", PasswordLink.Purpose.INVITATION, "admin", issued);
    assertThat(link.getExpiresAt()).isEqualTo(issued.plusSeconds(72 * 3600));
    link.checkUsable(issued.plusSeconds(72 * 3600 - 1));
    assertThatThrownBy(() -> link.use(issued.plusSeconds(72 * 3600)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("password.link.expired");
    assertThat(link.getUsedAt()).isNull();
  }
}
