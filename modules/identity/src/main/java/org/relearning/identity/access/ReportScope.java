package org.relearning.identity.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.AccessDeniedException;

/**
 * Whose figures the impact reports may read: a library administrator their own library's only, the
 * system administrator every library's or the one they pick; nobody else any. Every read query
 * behind the reports asks here, so a forged library id is refused wherever it arrives.
 */
@ApplicationScoped
public class ReportScope {

  public static final String ACTION = "report.read";

  @Inject private Callers callers;

  /**
   * The library to read, {@code null} meaning every library (the system administrator only).
   *
   * @throws AccessDeniedException when the caller may not read {@code requested}
   */
  public Long libraryFor(Long requested) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, ACTION);
    if (caller.isSystemAdmin()) {
      return requested;
    }
    if (caller.libraryId() == null || (requested != null && !caller.administers(requested))) {
      throw new AccessDeniedException(ACTION);
    }
    return caller.libraryId();
  }
}
