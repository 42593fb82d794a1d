package org.relearning.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
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
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                TransientRetry.run(
                    () -> {
                      calls.incrementAndGet();
                      throw lockRefused();
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThat(calls).hasValue(TransientRetry.TRIES);
  }

  @Test
  void aRefusalByTheRulesIsNotTriedAgain() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                TransientRetry.run(
                    () -> {
                      calls.incrementAndGet();
                      throw new BusinessException("attempt.alreadySubmitted");
                    }))
        .isInstanceOf(BusinessException.class);
    assertThat(calls).hasValue(1);
  }
}
