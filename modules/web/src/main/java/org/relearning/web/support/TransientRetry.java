package org.relearning.web.support;

import java.util.function.Supplier;
import java.util.logging.Logger;
import org.relearning.platform.db.Transient;

/**
 * Runs work that may simply be run again up to {@link #TRIES} times when the database refused its
 * transaction for a reason that passes, such as a lock it could not get at that moment (see {@link
 * Transient}). Only for work whose second run gives what the first would have: starting an attempt
 * (a learner has one in progress at most), saving an answer (it replaces the one saved before),
 * submitting (only the first submission changes the attempt). A learner who met such a moment sees
 * the work done, not an error. Anything else fails at once.
 */
public final class TransientRetry {

  private static final Logger LOG = Logger.getLogger(TransientRetry.class.getName());

  static final int TRIES = 3;

  private TransientRetry() {}

  public static <T> T run(Supplier<T> work) {
    for (int tries = 1; ; tries++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (tries == TRIES || !Transient.isRetryable(e)) {
          throw e;
        }
        int tried = tries;
        LOG.info(
            () -> "The database refused a transaction for a moment; trying again (" + tried + ")");
        try {
          Thread.sleep(10L * tries);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
