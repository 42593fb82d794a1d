package org.relearning.identity.access;

import java.io.Serializable;
import java.util.Locale;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.Role;

/** Who is asking: the signed-in person, as the services see them. */
public record Caller(
    long accountId, String username, Role role, Long libraryId, String nameTh, String nameEn)
    implements Serializable {

  /** The actor of work the system does by itself (demo content, certificate issuing). */
  public static final Caller SYSTEM =
      new Caller(0, "system", Role.SYSTEM_ADMIN, null, "ระบบ", "System");

  public static Caller of(Account a) {
    return new Caller(
        a.getId(), a.getUsername(), a.getRole(), a.getLibraryId(), a.getNameTh(), a.getNameEn());
  }

  public boolean has(Role wanted) {
    return role.includes(wanted);
  }

  public boolean isSystemAdmin() {
    return role == Role.SYSTEM_ADMIN;
  }

  /** May this caller administer what belongs to {@code library}? */
  public boolean administers(Long library) {
    return isSystemAdmin()
        || (role == Role.LIBRARY_ADMIN && libraryId != null && libraryId.equals(library));
  }

  public String name(Locale locale) {
    return "th".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank()
        ? nameTh
        : nameEn;
  }
}
