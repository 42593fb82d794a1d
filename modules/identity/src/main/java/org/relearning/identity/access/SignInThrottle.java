package org.relearning.identity.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, that username cannot sign in (by page or API) until the window has passed. The
 * caller is told nothing more than "wrong username or password".
 */
@ApplicationScoped
public class SignInThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(Instant first, int count) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @Inject private Clock clock;

  public SignInThrottle() {}

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.count() >= MAX_FAILURES && !expired(f, clock.instant());
  }

  /** Counts a failure; returns how many there have been in the window, this one included. */
  public int failed(String username) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(f -> expired(f, now));
    }
    return failures
        .compute(
            key(username),
            (k, old) ->
                old == null || expired(old, now)
                    ? new Failures(now, 1)
                    : new Failures(old.first(), old.count() + 1))
        .count();
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static boolean expired(Failures f, Instant now) {
    return !now.isBefore(f.first().plus(WINDOW));
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
