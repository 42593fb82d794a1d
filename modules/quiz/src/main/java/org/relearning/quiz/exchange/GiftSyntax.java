package org.relearning.quiz.exchange;

/** GIFT escaping, shared by the reader and the writer. */
final class GiftSyntax {

  private GiftSyntax() {}

  /**
   * Index of {@code token} in {@code s} from {@code from}, skipping backslash-escaped characters.
   */
  static int indexOfUnescaped(String s, String token, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Removes escapes: {@code \n} is a line break, a backslash before any other character stands for
   * that character (GIFT defines {@code \~ \= \# \{ \} \: \\}; we accept any, as Moodle does).
   */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Escapes text so that the reader gives it back: the GIFT specials, line breaks (a blank line
   * would end the question), the arrow {@code ->} of matching pairs, and a leading {@code //},
   * {@code [} or {@code %} that would read as a comment, a format marker or a weight.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        case '>' -> out.append(i > 0 && s.charAt(i - 1) == '-' ? "\\>" : ">");
        case '/', '[', '%' -> out.append(i == 0 ? "\\" + c : String.valueOf(c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
