package org.relearning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many certificate codes one address may look up per minute, so that nobody can walk
 * through the code space. Per node; a real person checking a few certificates never meets it.
 */
@ApplicationScoped
public class VerifyRateLimit {

  static final int LOOKUPS_PER_MINUTE = 30;
  private static final long MINUTE_MS = 60_000;
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  @Inject private Clock clock;

  public VerifyRateLimit() {}

  VerifyRateLimit(Clock clock) {
    this.clock = clock;
  }

  private record Window(long startedAt, int count) {}

  /** Counts one lookup from {@code address}; false once the address is over its limit. */
  public boolean allow(String address) {
    long now = clock.millis();
    if (windows.size() > MAX_TRACKED) {
      windows.values().removeIf(w -> now - w.startedAt() >= MINUTE_MS);
    }
    Window w =
        windows.compute(
            address,
            (a, old) ->
                old == null || now - old.startedAt() >= MINUTE_MS
                    ? new Window(now, 1)
                    : new Window(old.startedAt(), old.count() + 1));
    return w.count() <= LOOKUPS_PER_MINUTE;
  }
}
