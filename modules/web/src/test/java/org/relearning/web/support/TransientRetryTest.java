package org.relearning.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class TransientRetryTest {

  private static RuntimeException lockRefused() {
    return new PersistenceException(
        "insert", new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"));
  }

  @Test
  void aSaveRefusedForAMomentIsTriedAgainAndSaved() {
    AtomicInteger calls = new AtomicInteger();

    String saved =
        TransientRetry.run(
            () -> {
              if (calls.incrementAndGet() < TransientRetry.TRIES) {
                throw lockRefused();
              }
              return "saved";
            });

    assertThat(saved).isEqualTo("saved");
    assertThat(calls).hasValue(TransientRetry.TRIES);
  }

  @Test
  void aSaveStillRefusedAfterTheLastTryFailsWithTheDatabasesReason() {
    assertThat(callsUntilItFails(TransientRetryTest::lockRefused, PersistenceException.class))
        .isEqualTo(TransientRetry.TRIES);
  }

  @Test
  void aRefusalByTheRulesIsNotTriedAgain() {
    assertThat(
            callsUntilItFails(
                () -> new BusinessException("attempt.alreadySubmitted"), BusinessException.class))
        .isEqualTo(1);
  }

  /** How often work that always fails was run before the failure came out, as {@code type}. */
  private static int callsUntilItFails(
      Supplier<RuntimeException> failure, Class<? extends RuntimeException> type) {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                TransientRetry.run(
                    () -> {
                      calls.incrementAndGet();
                      throw failure.get();
                    }))
        .isInstanceOf(type);
    return calls.get();
  }
}
