package org.relearning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits registrations from one address to {@link #PER_HOUR} an hour: enough for a library's class
 * registering together behind one router, too few for a script filling the database. Per node.
 */
@ApplicationScoped
public class RegistrationThrottle {

  static final int PER_HOUR = 30;
  private static final long HOUR_MS = 3_600_000;
  private static final int MAX_TRACKED = 100_000;

  private record Window(long startedAt, int count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  @Inject private Clock clock;

  public RegistrationThrottle() {}

  RegistrationThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Counts one registration attempt from {@code address}; false once it is over the limit. */
  public boolean allow(String address) {
    long now = clock.millis();
    if (windows.size() > MAX_TRACKED) {
      windows.values().removeIf(w -> now - w.startedAt() >= HOUR_MS);
    }
    Window w =
        windows.compute(
            address == null ? "" : address,
            (a, old) ->
                old == null || now - old.startedAt() >= HOUR_MS
                    ? new Window(now, 1)
                    : new Window(old.startedAt(), old.count() + 1));
    return w.count() <= PER_HOUR;
  }
}
