package org.relearning.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.relearning.platform.db.Database;

/**
 * Lets at most {@link #permits twice a pool's worth} of quiz starts work at once. When an
 * invigilator says "start", a thousand learners press within two seconds; admitted all at once,
 * hundreds of them queued inside the connection pool, whose waiting (a monitor woken per connection
 * given back, and a list searched) took a fifth of each start's CPU on a 2-core server and served
 * them in no particular order. Here they wait in a fair queue that wakes one at a time, in the
 * order they came, and the ones admitted find a connection almost at once. A start holds one
 * connection at a time (its reads, then its insert; see {@code QuizService.startSitting}), so twice
 * the pool keeps every connection busy while the next ones take their turn (ADR 0033).
 */
@ApplicationScoped
public class StartGate extends AdmissionGate {

  public StartGate() {
    super(permits(Database.MAX_POOL_SIZE), "busy.startTryAgain");
  }

  static int permits(int poolSize) {
    return 2 * poolSize;
  }
}
