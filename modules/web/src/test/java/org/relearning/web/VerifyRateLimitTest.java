package org.relearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifyRateLimitTest {

  private Instant now = Instant.parse("2026-11-24T03:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final VerifyRateLimit limit = new VerifyRateLimit(clock);

  @Test
  void anAddressGetsItsLookupsPerMinuteAndNoMore() {
    for (int i = 0; i < VerifyRateLimit.LOOKUPS_PER_MINUTE; i++) {
      assertThat(limit.allow("10.0.0.1")).as("lookup %d", i + 1).isTrue();
    }
    assertThat(limit.allow("10.0.0.1")).isFalse();
    assertThat(limit.allow("10.0.0.2")).isTrue();
  }

  @Test
  void theWindowOpensAgainAfterAMinute() {
    for (int i = 0; i <= VerifyRateLimit.LOOKUPS_PER_MINUTE; i++) {
      limit.allow("10.0.0.1");
    }
    assertThat(limit.allow("10.0.0.1")).isFalse();
    now = now.plus(Duration.ofSeconds(61));
    assertThat(limit.allow("10.0.0.1")).isTrue();
  }
}
