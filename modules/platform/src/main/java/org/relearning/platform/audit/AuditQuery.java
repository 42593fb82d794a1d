package org.relearning.platform.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Which audit entries to list. Every part is optional: a library ({@code null} for every library),
 * action prefixes (an entry matches if its action starts with any of them), text found in the actor
 * or in the subject (case-insensitive), and a time range from {@code from} (inclusive) to {@code
 * until} (exclusive).
 */
public record AuditQuery(
    Long libraryId,
    List<String> actionPrefixes,
    String actor,
    String subject,
    Instant from,
    Instant until)
    implements Serializable {

  public AuditQuery {
    actionPrefixes = actionPrefixes == null ? List.of() : List.copyOf(actionPrefixes);
  }

  /** The same query, limited to one library. */
  public AuditQuery inLibrary(Long library) {
    return new AuditQuery(library, actionPrefixes, actor, subject, from, until);
  }
}
