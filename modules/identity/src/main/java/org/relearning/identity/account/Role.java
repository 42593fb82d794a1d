package org.relearning.identity.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do. Each role includes the ones below it: an instructor also learns, a library
 * administrator also authors, the system administrator may do everything.
 */
public enum Role {
  LEARNER,
  INSTRUCTOR,
  LIBRARY_ADMIN,
  SYSTEM_ADMIN;

  /** The Jakarta Security groups a person with this role belongs to. */
  public Set<String> groups() {
    Set<String> groups = new java.util.TreeSet<>();
    for (Role r : EnumSet.range(LEARNER, this)) {
      groups.add(r.name());
    }
    return groups;
  }

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
