package org.relearning.identity.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.AccessDeniedException;

/**
 * Tells services who is calling, from the container's security context. Work the system does on its
 * own (startup content, reacting to events) runs inside {@link #asSystem}.
 */
@ApplicationScoped
public class Callers {

  private static final ThreadLocal<Caller> RUN_AS = new ThreadLocal<>();

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;

  public Optional<Caller> find() {
    Caller runAs = RUN_AS.get();
    if (runAs != null) {
      return Optional.of(runAs);
    }
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    String name = principal.getName();
    long now = System.nanoTime();
    Remembered seen = recent.get(name);
    if (seen != null && now - seen.at() < FRESH_NANOS) {
      return Optional.of(seen.caller());
    }
    Optional<Caller> caller =
        accounts.findByUsername(name).filter(a -> a.isActive()).map(Caller::of);
    if (caller.isPresent()) {
      if (recent.size() >= RECENT_MAX) {
        recent.clear();
      }
      recent.put(name, new Remembered(caller.get(), now));
    } else {
      recent.remove(name);
    }
    return caller;
  }

  /**
   * How long a signed-in person's account is taken as read: a request makes several service calls,
   * and an exam makes a thousand people ask at once. A deactivation or a new role takes effect
   * within this time.
   */
  private static final long FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

  private static final int RECENT_MAX = 10_000;

  private record Remembered(Caller caller, long at) {}

  private final java.util.Map<String, Remembered> recent =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Forgets what was read of an account, so a change to it counts from the next call. */
  public void forget(String username) {
    recent.remove(username);
  }

  /** The signed-in caller; refuses anonymous callers. */
  public Caller current() {
    return find().orElseThrow(() -> new AccessDeniedException("signIn"));
  }

  /** The signed-in caller, refused unless they have at least {@code role}. */
  public Caller require(Role role, String action) {
    Caller caller = current();
    if (!caller.has(role)) {
      throw new AccessDeniedException(action);
    }
    return caller;
  }

  public <T> T asSystem(Supplier<T> work) {
    return as(Caller.SYSTEM, work);
  }

  /** Runs work on behalf of someone, e.g. content prepared in their name at first start. */
  public <T> T as(Caller caller, Supplier<T> work) {
    Caller previous = RUN_AS.get();
    RUN_AS.set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        RUN_AS.remove();
      } else {
        RUN_AS.set(previous);
      }
    }
  }

  public void asSystem(Runnable work) {
    asSystem(
        () -> {
          work.run();
          return null;
        });
  }
}
