package org.relearning.course.media;

import java.text.Normalizer;

/**
 * File names as people gave them, made safe to keep and show: no folders, no control or bidi
 * characters, no quotes, at most {@link #MAX} characters. Pages still escape them.
 */
public final class FileNames {

  public static final int MAX = 120;
  private static final String FALLBACK = "file";

  private FileNames() {}

  public static String clean(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = Normalizer.normalize(base, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    base.codePoints()
        .filter(c -> !Character.isISOControl(c) && !isFormatting(c))
        .map(c -> c == '"' || c == '<' || c == '>' || c == ':' || c == '*' || c == '?' ? '_' : c)
        .forEach(out::appendCodePoint);
    String cleaned = out.toString().strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isBlank()) {
      return FALLBACK;
    }
    if (cleaned.length() > MAX) {
      int dot = cleaned.lastIndexOf('.');
      String ext = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, MAX - ext.length()) + ext;
    }
    return cleaned;
  }

  /** Invisible characters that can make a name read differently (e.g. right-to-left overrides). */
  private static boolean isFormatting(int c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** The lower-case extension after the last dot, or "" . */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
