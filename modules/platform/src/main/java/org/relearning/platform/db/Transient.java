package org.relearning.platform.db;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Whether a failure came from the database giving up on a transaction that may simply be run again:
 * a lock it waited for too long (Derby 40XL1), a deadlock (Derby 40001, PostgreSQL 40P01) or a
 * serialization failure (40001). Nothing of such a transaction was kept.
 */
public final class Transient {

  private Transient() {}

  /** True when {@code failure} or one of its causes is such a refusal. */
  public static boolean isRetryable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException e
          && e.getSQLState() != null
          && e.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }
}
