package org.relearning.quiz.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/**
 * Writes questions of every type as Moodle XML that {@link MoodleXmlReader} reads back to equal
 * questions, and that Moodle can import.
 *
 * <p>Type by type: single choice, multiple response and all-or-nothing multiple response become
 * {@code multichoice}; true/false {@code truefalse}; short answer {@code shortanswer} (options not
 * marked correct with fraction 0); numeric {@code numerical}; matching {@code matching}; ordering
 * the ordering plugin's {@code ordering}, graded by absolute position as our scoring does; essay
 * {@code essay}. Multiple-response fractions are written as our scoring counts them, {@code 100/n}
 * for each of the {@code n} correct options and {@code -100/n} for each wrong one, each rounded to
 * the nearest non-zero fraction Moodle accepts (such as {@code 33.33333} or {@code -12.5}).
 *
 * <p>Moodle has no all-or-nothing multichoice of its own, so an all-or-nothing question is written
 * as a multiple-response one with the comment {@code <!-- relearn:all-or-nothing -->} as the first
 * thing inside its {@code <question>} element: the reader turns it back into all or nothing, Moodle
 * ignores it and grades with partial credit. No Moodle field is misused for this.
 *
 * <p>Texts go in CDATA sections when they contain markup characters, as in Moodle's own exports,
 * and are escaped otherwise; their format is {@code html} when they contain {@code <} and {@code
 * moodle_auto_format} otherwise, so that Moodle keeps the line breaks of plain text; a text
 * containing a carriage return is always escaped, so that it survives the XML parser's line-end
 * handling. What does not survive the trip: leading and trailing whitespace of texts (the reader
 * strips it), points below 1 or above {@link MoodleXmlReader#MAX_POINTS}, the correct flag and
 * feedback of matching pairs, the correct flag of ordering items (both always set), options of an
 * essay, and numeric options not in the canonical {@code value|tolerance} form (they are rewritten
 * in it).
 */
public final class MoodleXmlWriter {

  /** The fractions Moodle accepts for an answer, in percent, largest first. */
  private static final List<BigDecimal> FRACTIONS =
      List.of(
              "100",
              "90",
              "83.33333",
              "80",
              "75",
              "70",
              "66.66667",
              "60",
              "50",
              "40",
              "33.33333",
              "30",
              "25",
              "20",
              "16.66667",
              "14.28571",
              "12.5",
              "11.11111",
              "10",
              "5")
          .stream()
          .map(BigDecimal::new)
          .toList();

  private MoodleXmlWriter() {}

  /**
   * The questions as a Moodle XML document.
   *
   * @throws IllegalArgumentException for an unknown type, a true/false question without exactly the
   *     options "true" and "false" (in that order, one of them correct), a matching option that is
   *     not a pair, a numeric option that is not a number, or a text with a character XML cannot
   *     hold (such as most control characters)
   */
  public static String write(List<ImportedQuestion> questions) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for (ImportedQuestion q : questions) {
      question(q, out);
    }
    return out.append("</quiz>\n").toString();
  }

  private static void question(ImportedQuestion q, StringBuilder out) {
    out.append("  <question type=\"").append(moodleType(q.type())).append("\">\n");
    if (q.type().equals(AllOrNothingMultipleResponseType.ID)) {
      out.append("    <!-- ").append(MoodleXmlReader.ALL_OR_NOTHING).append(" -->\n");
    }
    out.append("    <name>\n      <text>").append(text(q.name())).append("</text>\n    </name>\n");
    textElement(out, "questiontext", q.text());
    textElement(out, "generalfeedback", q.generalFeedback());
    out.append("    <defaultgrade>").append(q.points()).append("</defaultgrade>\n");
    switch (q.type()) {
      case SingleChoiceType.ID -> {
        out.append("    <single>true</single>\n");
        for (ImportedChoice c : q.choices()) {
          answer(out, c.correct() ? "100" : "0", c.text(), c.feedback(), "");
        }
      }
      case MultipleResponseType.ID, AllOrNothingMultipleResponseType.ID -> multiple(q, out);
      case TrueFalseType.ID -> trueFalse(q, out);
      case ShortAnswerType.ID -> {
        out.append("    <usecase>0</usecase>\n");
        for (ImportedChoice c : q.choices()) {
          answer(out, c.correct() ? "100" : "0", c.text(), c.feedback(), "");
        }
      }
      case NumericType.ID -> {
        for (ImportedChoice c : q.choices()) {
          NumericType.Accepted a =
              NumericType.Accepted.parse(c.text())
                  .orElseThrow(() -> new IllegalArgumentException("Not a number: " + c.text()));
          String tolerance = "      <tolerance>" + a.tolerance().toPlainString() + "</tolerance>\n";
          answer(
              out, c.correct() ? "100" : "0", a.value().toPlainString(), c.feedback(), tolerance);
        }
      }
      case MatchingType.ID -> matching(q, out);
      case OrderingType.ID -> {
        out.append("    <layouttype>VERTICAL</layouttype>\n")
            .append("    <selecttype>ALL</selecttype>\n")
            .append("    <selectcount>0</selectcount>\n")
            .append("    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
        int position = 1;
        for (ImportedChoice c : q.choices()) {
          answer(out, String.valueOf(position++), c.text(), c.feedback(), "");
        }
      }
      case EssayType.ID -> out.append("    <responseformat>editor</responseformat>\n");
      default -> throw new IllegalArgumentException("No Moodle XML form for type " + q.type());
    }
    out.append("  </question>\n");
  }

  private static String moodleType(String type) {
    return switch (type) {
      case SingleChoiceType.ID, MultipleResponseType.ID, AllOrNothingMultipleResponseType.ID ->
          "multichoice";
      case TrueFalseType.ID -> "truefalse";
      case ShortAnswerType.ID -> "shortanswer";
      case NumericType.ID -> "numerical";
      case MatchingType.ID -> "matching";
      case OrderingType.ID -> "ordering";
      case EssayType.ID -> "essay";
      default -> throw new IllegalArgumentException("No Moodle XML form for type " + type);
    };
  }

  private static void multiple(ImportedQuestion q, StringBuilder out) {
    long n = Math.max(1, q.choices().stream().filter(ImportedChoice::correct).count());
    BigDecimal share =
        nearestFraction(
            BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP));
    String right = share.toPlainString();
    String wrong = share.negate().toPlainString();
    out.append("    <single>false</single>\n");
    for (ImportedChoice c : q.choices()) {
      answer(out, c.correct() ? right : wrong, c.text(), c.feedback(), "");
    }
  }

  /** The fraction Moodle accepts that is nearest to {@code percent}, never 0. */
  static BigDecimal nearestFraction(BigDecimal percent) {
    BigDecimal best = FRACTIONS.get(0);
    for (BigDecimal f : FRACTIONS) {
      if (f.subtract(percent).abs().compareTo(best.subtract(percent).abs()) < 0) {
        best = f;
      }
    }
    return best;
  }

  private static void trueFalse(ImportedQuestion q, StringBuilder out) {
    List<ImportedChoice> c = q.choices();
    if (c.size() != 2
        || !c.get(0).text().equals(TrueFalseType.TRUE)
        || !c.get(1).text().equals(TrueFalseType.FALSE)
        || c.get(0).correct() == c.get(1).correct()) {
      throw new IllegalArgumentException("Not a true/false question: " + q.text());
    }
    for (ImportedChoice choice : c) {
      answer(out, choice.correct() ? "100" : "0", choice.text(), choice.feedback(), "");
    }
  }

  private static void matching(ImportedQuestion q, StringBuilder out) {
    out.append("    <shuffleanswers>true</shuffleanswers>\n");
    for (ImportedChoice c : q.choices()) {
      MatchingType.Pair p =
          MatchingType.Pair.parse(c.text())
              .orElseThrow(() -> new IllegalArgumentException("Not a pair: " + c.text()));
      out.append("    <subquestion format=\"")
          .append(format(p.left()))
          .append("\">\n      <text>")
          .append(text(p.left()))
          .append("</text>\n      <answer>\n        <text>")
          .append(text(p.right()))
          .append("</text>\n      </answer>\n    </subquestion>\n");
    }
  }

  private static void textElement(StringBuilder out, String element, String value) {
    out.append("    <")
        .append(element)
        .append(" format=\"")
        .append(format(value))
        .append("\">\n      <text>")
        .append(text(value))
        .append("</text>\n    </")
        .append(element)
        .append(">\n");
  }

  private static void answer(
      StringBuilder out, String fraction, String text, String feedback, String extra) {
    out.append("    <answer fraction=\"")
        .append(fraction)
        .append("\" format=\"")
        .append(format(text))
        .append("\">\n      <text>")
        .append(text(text))
        .append("</text>\n")
        .append(extra)
        .append("      <feedback format=\"")
        .append(format(feedback))
        .append("\">\n        <text>")
        .append(text(feedback))
        .append("</text>\n      </feedback>\n    </answer>\n");
  }

  /**
   * Moodle's format for a text: {@code html} if it has markup, else {@code moodle_auto_format}, in
   * which Moodle shows line breaks as they are.
   */
  private static String format(String s) {
    return s.indexOf('<') >= 0 ? "html" : "moodle_auto_format";
  }

  /** {@code s} as element content: CDATA if it has markup characters, escaped otherwise. */
  static String text(String s) {
    s.codePoints()
        .filter(c -> !allowedInXml(c))
        .findFirst()
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  "A character XML cannot hold: U+"
                      + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            });
    boolean markup = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 || s.indexOf('>') >= 0;
    if (markup && s.indexOf('\r') < 0) {
      return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
    StringBuilder escaped = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '\r' -> escaped.append("&#13;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
