package org.relearning.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.relearning.platform.db.Database;

/**
 * Lets only a few requests at a time into work whose commit sets off more transactions: a quiz
 * submitted is graded, then the course's progress moves on in a transaction of its own, then the
 * certificate and career paths in theirs. Each of those starts while the one before still holds its
 * pooled connection, so one such request holds up to {@link #CHAIN_DEPTH} connections at once; a
 * rush of them (an exam ending) could hold every connection while each waits for one more, and wait
 * until the pool gives up. Admitting at most a pool's worth divided by that depth keeps the pool
 * free of that deadlock; the rest wait their turn here, fairly, for up to {@link
 * AdmissionGate#WAIT} (ADR 0026). Requests that hold one connection at a time (saving an answer,
 * reading a page) pass by.
 */
@ApplicationScoped
public class CompletionGate extends AdmissionGate {

  /** Grade, then progress, then certificate, then the certificate's read of the course grade. */
  static final int CHAIN_DEPTH = 4;

  public CompletionGate() {
    super(permits(Database.MAX_POOL_SIZE), "busy.tryAgain");
  }

  /** One connection is left over for everything else; at least one request always gets in. */
  static int permits(int poolSize) {
    return Math.max(1, (poolSize - 1) / CHAIN_DEPTH);
  }
}
