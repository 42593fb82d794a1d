package org.relearning.course.exchange;

import java.util.regex.Pattern;

/** The rule for names inside an archive: relative, forward slashes, never climbing out. */
final class EntryNames {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

  private EntryNames() {}

  /**
   * Whether extracting {@code name} could write outside the target folder (zip slip) or mean
   * different files on different systems.
   */
  static boolean unsafe(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.indexOf('\\') >= 0
        || DRIVE.matcher(name).matches()
        || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return true;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
