package org.relearning.identity.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.audit.AuditQuery;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.NotFoundException;

/**
 * The audit log for administrators: a library administrator reads only the entries of their own
 * library, the system administrator reads every library's (or one library's, when asked); nobody
 * else reads it at all.
 */
@Stateless
public class AuditService {

  static final String ACTION = "audit.list";

  @Inject private Callers callers;
  @EJB private AuditLog log;

  /** Entries the caller may read that match, newest first, a page at a time. */
  public List<AuditEntry> search(AuditQuery query, int first, int max) {
    return log.search(allowed(query), first, max);
  }

  public long count(AuditQuery query) {
    return log.count(allowed(query));
  }

  /** One entry, if the caller may read it. */
  public AuditEntry get(long id) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, ACTION);
    AuditEntry entry = log.find(id).orElseThrow(() -> new NotFoundException("audit", id));
    if (!caller.isSystemAdmin()
        && (entry.getLibraryId() == null || !caller.administers(entry.getLibraryId()))) {
      throw new AccessDeniedException(ACTION);
    }
    return entry;
  }

  /** The query narrowed to what the caller may read; a library not theirs is refused. */
  private AuditQuery allowed(AuditQuery query) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, ACTION);
    if (caller.isSystemAdmin()) {
      return query;
    }
    if (caller.libraryId() == null
        || (query.libraryId() != null && !caller.administers(query.libraryId()))) {
      throw new AccessDeniedException(ACTION);
    }
    return query.inLibrary(caller.libraryId());
  }
}
