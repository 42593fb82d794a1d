package org.relearning.web.support;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.relearning.platform.error.BusinessException;

/**
 * Lets at most a fixed number of requests at a time into one kind of database work; the rest wait
 * their turn here, fairly, for up to {@link #WAIT}, and are then asked to retry with nothing done,
 * in words that say what they were doing (a {@code busy.} message key). Each kind of work says how
 * many it admits and why ({@link CompletionGate}, {@link StartGate}).
 */
public abstract class AdmissionGate {

  private static final Logger LOG = Logger.getLogger(AdmissionGate.class.getName());

  /** Longer than any rush here takes to drain; a request still waiting then is told to retry. */
  static final Duration WAIT = Duration.ofSeconds(90);

  private final Semaphore permits;
  private final String refusal;

  AdmissionGate(int permits, String refusal) {
    this.permits = new Semaphore(permits, true);
    this.refusal = refusal;
  }

  /** Does {@code work} once a place is free; refuses, asking to retry, if none is in time. */
  public <T> T pass(Supplier<T> work) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusinessException(refusal);
    }
    if (!admitted) {
      LOG.warning(
          () ->
              "A request waited "
                  + WAIT.toSeconds()
                  + " s at the "
                  + getClass().getSimpleName()
                  + " and was refused");
      throw new BusinessException(refusal);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
