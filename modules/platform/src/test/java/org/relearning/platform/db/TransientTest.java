package org.relearning.platform.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class TransientTest {

  @Test
  void aLockTimeoutDeepInTheCausesMayBeRetried() {
    var lockTimeout =
        new SQLTransactionRollbackException(
            "A lock could not be obtained within the time requested", "40XL1");
    var wrapped =
        new RuntimeException(
            "Transaction aborted", new PersistenceException("insert", lockTimeout));
    assertTrue(Transient.isRetryable(wrapped));
  }

  @Test
  void postgresDeadlocksAndSerializationFailuresMayBeRetried() {
    assertTrue(Transient.isRetryable(new PersistenceException(new SQLException("x", "40P01"))));
    assertTrue(Transient.isRetryable(new PersistenceException(new SQLException("x", "40001"))));
  }

  @Test
  void otherFailuresMayNot() {
    assertFalse(
        Transient.isRetryable(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
    assertFalse(Transient.isRetryable(new IllegalStateException("no database involved")));
    assertFalse(Transient.isRetryable(new PersistenceException(new SQLException("no state"))));
  }
}
