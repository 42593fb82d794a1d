package org.relearning.quiz.type;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a typed answer to the form in which two answers a reader would call "the same" are equal.
 * In this order:
 *
 * <ol>
 *   <li>Unicode NFC, so precomposed and decomposed letters match, and Thai marks typed in either
 *       order (say, sara u and mai ek) are put in canonical order;
 *   <li>nikhahit followed by sara aa (U+0E4D U+0E32), as some Thai keyboards produce, becomes sara
 *       am (U+0E33), which NFC alone leaves apart;
 *   <li>zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) are removed: Thai has no
 *       spaces between words, and word-breaking tools and copy-paste insert them invisibly;
 *   <li>Thai digits ๐–๙ become 0–9;
 *   <li>every run of whitespace (including no-break spaces) becomes one space, and both ends are
 *       trimmed;
 *   <li>letters are lower-cased with {@link Locale#ROOT}, so the server's locale (Turkish dotless
 *       i, say) never changes a grade.
 * </ol>
 *
 * Answers longer than {@link #MAX_LENGTH} characters are not normalised; {@link #normalise} returns
 * null for them so that no accepted answer can equal them.
 */
public final class AnswerNormaliser {

  /** Longer than any accepted answer can be ({@code Choice.TEXT_MAX}) with generous room. */
  public static final int MAX_LENGTH = 4000;

  private AnswerNormaliser() {}

  /** The normal form of {@code answer}; "" for null, null when it is too long to be an answer. */
  public static String normalise(String answer) {
    if (answer == null) {
      return "";
    }
    if (answer.length() > MAX_LENGTH) {
      return null;
    }
    String composed =
        Normalizer.normalize(answer, Normalizer.Form.NFC).replace("\u0E4D\u0E32", "\u0E33");
    StringBuilder out = new StringBuilder(composed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (isZeroWidth(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether two answers are the same once normalised; a too-long answer equals nothing. */
  public static boolean same(String a, String b) {
    String na = normalise(a);
    return na != null && na.equals(normalise(b));
  }

  /** Maps Thai digits to ASCII digits and leaves every other character alone. */
  static String arabicDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
    }
    return out.toString();
  }

  static boolean isZeroWidth(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }
}
