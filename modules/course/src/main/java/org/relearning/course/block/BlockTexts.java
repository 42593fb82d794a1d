package org.relearning.course.block;

/** Short plain texts of blocks (alternative text, labels): trimmed, one line, bounded. */
final class BlockTexts {

  private BlockTexts() {}

  /** The text on one line and at most {@code max} characters, or null when blank. */
  static String plain(String text, int max) {
    if (text == null) {
      return null;
    }
    String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (line.isEmpty()) {
      return null;
    }
    return line.length() > max ? line.substring(0, max) : line;
  }
}
