package org.relearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

  private Instant now = Instant.parse("2026-11-26T03:00:00Z");

  private final RegistrationThrottle throttle =
      new RegistrationThrottle(
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
  void anAddressRegistersAClassButNotAFloodUntilTheHourHasPassed() {
    for (int i = 0; i < RegistrationThrottle.PER_HOUR; i++) {
      assertThat(throttle.allow("10.0.0.1")).isTrue();
    }
    assertThat(throttle.allow("10.0.0.1")).isFalse();
    assertThat(throttle.allow("10.0.0.2")).as("another address").isTrue();
    now = now.plus(Duration.ofHours(1));
    assertThat(throttle.allow("10.0.0.1")).isTrue();
  }
}
