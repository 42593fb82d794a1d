package org.relearning.platform.audit;

import java.util.List;

/** Kinds of recorded actions, by the prefixes of their names, for filtering the log. */
public enum AuditGroup {
  /** Accounts and libraries: registration, roles, deactivation, password links, imports. */
  SECURITY("account.", "people.", "library."),
  /** Certificates issued (automatically or by hand), revoked, corrected; their templates. */
  CERTIFICATES("certificate."),
  /** Course content, versions, archiving and sign-offs; career paths of courses. */
  COURSES("course.", "curriculum."),
  /** Quizzes and their placement in courses. */
  QUIZZES("quiz.", "course.quizPlaced");

  private final List<String> prefixes;

  AuditGroup(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  public List<String> prefixes() {
    return prefixes;
  }
}
