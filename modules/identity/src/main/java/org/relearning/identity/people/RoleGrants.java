package org.relearning.identity.people;

import java.util.EnumSet;
import java.util.Set;
import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.Role;

/**
 * Who may act on whose account, and which roles they may hand out. The system administrator acts on
 * everyone; a library administrator only on the learners and instructors of their own library, and
 * grants roles up to their own there, never system administrator. Nobody changes their own role or
 * deactivates themselves, so that no library is left without the person who asked.
 */
public final class RoleGrants {

  private RoleGrants() {}

  /** May {@code admin} change, deactivate or issue a password link for this account? */
  public static boolean mayActOn(Caller admin, long accountId, Role role, Long libraryId) {
    if (admin.accountId() == accountId) {
      return false;
    }
    if (admin.isSystemAdmin()) {
      return true;
    }
    return admin.role() == Role.LIBRARY_ADMIN
        && admin.administers(libraryId)
        && role.compareTo(Role.LIBRARY_ADMIN) < 0;
  }

  public static boolean mayActOn(Caller admin, Account account) {
    return mayActOn(admin, account.getId(), account.getRole(), account.getLibraryId());
  }

  /** May {@code admin} give {@code role} to someone of {@code libraryId}? */
  public static boolean mayGrant(Caller admin, Role role, Long libraryId) {
    if (admin.isSystemAdmin()) {
      return role == Role.SYSTEM_ADMIN || libraryId != null;
    }
    return admin.role() == Role.LIBRARY_ADMIN
        && admin.administers(libraryId)
        && role.compareTo(Role.SYSTEM_ADMIN) < 0;
  }

  /** The roles {@code admin} may hand out in their library, lowest first (for a menu). */
  public static Set<Role> grantable(Caller admin) {
    if (admin.isSystemAdmin()) {
      return EnumSet.allOf(Role.class);
    }
    if (admin.role() == Role.LIBRARY_ADMIN) {
      return EnumSet.range(Role.LEARNER, Role.LIBRARY_ADMIN);
    }
    return EnumSet.noneOf(Role.class);
  }
}
