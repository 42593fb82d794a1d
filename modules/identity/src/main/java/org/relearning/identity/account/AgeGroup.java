package org.relearning.identity.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The stage of life a person says they are in, optional: it tells the programme's funder whom the
 * libraries serve. Stored by name; labels are in the web bundles ({@code person.ageGroup.*}).
 */
public enum AgeGroup {
  YOUTH,
  STUDENT,
  WORKING_AGE,
  RETIREE;

  /** The group named by {@code text} (any case, blank for none); empty when it names none. */
  public static Optional<AgeGroup> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (AgeGroup g : values()) {
      if (g.name().equals(name)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
