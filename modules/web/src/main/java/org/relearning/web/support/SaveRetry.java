package org.relearning.web.support;

import java.util.function.Supplier;
import java.util.logging.Logger;
import org.relearning.platform.db.Transient;

/**
 * Runs work that may simply be run again (saving an answer replaces the one saved before) up to
 * {@link #TRIES} times when the database refused its transaction for a reason that passes, such as
 * a lock it could not get at that moment (see {@link Transient}). A learner whose answer met such a
 * moment sees it saved, not an error. Anything else fails at once.
 */
public final class SaveRetry {

  private static final Logger LOG = Logger.getLogger(SaveRetry.class.getName());

  static final int TRIES = 3;

  private SaveRetry() {}

  public static <T> T run(Supplier<T> work) {
    for (int tries = 1; ; tries++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (tries == TRIES || !Transient.isRetryable(e)) {
          throw e;
        }
        int tried = tries;
        LOG.info(() -> "The database refused a save for a moment; trying again (" + tried + ")");
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
