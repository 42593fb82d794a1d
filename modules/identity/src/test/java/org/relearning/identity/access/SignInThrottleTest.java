package org.relearning.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private Instant now = Instant.parse("2026-11-24T03:00:00Z");
  private final SignInThrottle throttle =
      new SignInThrottle(
          new Clock() {
            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void fiveFailuresLockTheUsernameWhateverItsCase() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("Learner");
    }
    assertThat(throttle.isLocked("learner")).isFalse();
    throttle.failed("learner ");
    assertThat(throttle.isLocked("LEARNER")).isTrue();
    assertThat(throttle.isLocked("instructor")).isFalse();
  }

  @Test
  void theLockEndsWithTheWindow() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("learner");
    }
    now = now.plus(SignInThrottle.WINDOW).plusSeconds(1);
    assertThat(throttle.isLocked("learner")).isFalse();
  }

  @Test
  void aSuccessClearsEarlierFailures() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("learner");
    }
    throttle.succeeded("learner");
    throttle.failed("learner");
    assertThat(throttle.isLocked("learner")).isFalse();
  }
}
