package org.relearning.certificate.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a font size and line breaks so that text stays inside a box.
 *
 * <p>Thai is written without spaces between words, so breaking only at spaces would leave a course
 * name as one unbreakable line. The JDK's Thai line break iterator knows the words (it is
 * dictionary based) and also handles English.
 */
final class TextFitter {

  /** Below this a certificate is unreadable anyway; the loop only needs a floor. */
  private static final float SMALLEST_SIZE = 4f;

  private static final float STEP = 0.5f;
  private static final Locale THAI = Locale.forLanguageTag("th");

  private TextFitter() {}

  /** The largest size up to {@code maxSize} at which the text needs at most {@code maxLines}. */
  static FittedText fit(String text, BaseFont font, float maxWidth, float maxSize, int maxLines) {
    String clean = normalise(text);
    float size = maxSize;
    List<String> lines = wrap(clean, font, size, maxWidth);
    while (lines.size() > maxLines && size - STEP >= SMALLEST_SIZE) {
      size -= STEP;
      lines = wrap(clean, font, size, maxWidth);
    }
    return new FittedText(balance(clean, font, size, maxWidth, lines), font, size);
  }

  /** Greedy line filling at word boundaries; a word wider than the box is cut between letters. */
  static List<String> wrap(String text, BaseFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : split(text, BreakIterator.getLineInstance(THAI))) {
      String candidate = line + word;
      if (fits(candidate, font, size, maxWidth)) {
        line.append(word);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      if (fits(word, font, size, maxWidth)) {
        line.append(word);
      } else {
        List<String> pieces = cutLetters(word, font, size, maxWidth);
        lines.addAll(pieces.subList(0, pieces.size() - 1));
        line.append(pieces.get(pieces.size() - 1));
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  /**
   * Greedy filling leaves a short last line ("... ณ" / "อยุธยา"); the narrowest box that still
   * needs no more lines spreads the words evenly instead.
   */
  private static List<String> balance(
      String text, BaseFont font, float size, float maxWidth, List<String> greedy) {
    if (greedy.size() < 2) {
      return greedy;
    }
    List<String> best = greedy;
    float tooNarrow = 0;
    float wideEnough = maxWidth;
    for (int i = 0; i < 12; i++) {
      float width = (tooNarrow + wideEnough) / 2;
      List<String> lines = wrap(text, font, size, width);
      if (lines.size() <= greedy.size()) {
        wideEnough = width;
        best = lines;
      } else {
        tooNarrow = width;
      }
    }
    return best;
  }

  static float width(String text, BaseFont font, float size) {
    return font.getWidthPoint(text, size);
  }

  private static boolean fits(String text, BaseFont font, float size, float maxWidth) {
    return width(text.strip(), font, size) <= maxWidth;
  }

  private static List<String> cutLetters(String word, BaseFont font, float size, float maxWidth) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String letter : letters(word)) {
      if (!piece.isEmpty() && !fits(piece + letter, font, size, maxWidth)) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      piece.append(letter);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /**
   * User-perceived letters. The JDK 17 character iterator separates a consonant from a following ะ
   * า ำ (spacing vowels), which must not start a line, so those are glued back on.
   */
  private static List<String> letters(String word) {
    List<String> letters = new ArrayList<>();
    for (String cluster : split(word, BreakIterator.getCharacterInstance(THAI))) {
      if (!letters.isEmpty() && isThaiFollowingVowel(cluster.charAt(0))) {
        int last = letters.size() - 1;
        letters.set(last, letters.get(last) + cluster);
      } else {
        letters.add(cluster);
      }
    }
    return letters;
  }

  private static boolean isThaiFollowingVowel(char c) {
    return c == '\u0E30' || c == '\u0E32' || c == '\u0E33' || c == '\u0E45';
  }

  private static List<String> split(String text, BreakIterator iterator) {
    List<String> parts = new ArrayList<>();
    iterator.setText(text);
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      parts.add(text.substring(start, end));
    }
    return parts;
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
