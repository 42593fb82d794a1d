package org.relearning.quiz.exchange;

import static org.relearning.quiz.exchange.GiftSyntax.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/**
 * Writes questions as GIFT that {@link GiftReader} reads back to equal questions, and that Moodle
 * can import. Points other than the default go in a {@code // relearn:points=N} comment.
 *
 * <p>What does not survive the trip: leading and trailing spaces of texts (the reader strips them),
 * carriage returns, feedback on matching pairs (GIFT has none), options of a short-answer question
 * not marked correct (GIFT has no wrong short answers), and numeric options not in the canonical
 * {@code value|tolerance} form (they are rewritten in it). Multiple-response weights are written as
 * our scoring counts them: {@code 100/n}% for each of the {@code n} correct options and {@code
 * -100/n}% for each wrong one. Ordering questions have no GIFT form; see {@link #canWrite}.
 */
public final class GiftWriter {

  private static final Set<String> WRITABLE =
      Set.of(
          SingleChoiceType.ID,
          MultipleResponseType.ID,
          TrueFalseType.ID,
          ShortAnswerType.ID,
          NumericType.ID,
          MatchingType.ID,
          EssayType.ID);

  private GiftWriter() {}

  /** Whether questions of this type id have a GIFT form. */
  public static boolean canWrite(String type) {
    return WRITABLE.contains(type);
  }

  /**
   * The questions as GIFT, separated by blank lines.
   *
   * @throws IllegalArgumentException for a type {@link #canWrite} refuses, or a true/false question
   *     without exactly the options "true" and "false", one of them correct
   */
  public static String write(List<ImportedQuestion> questions) {
    StringBuilder out = new StringBuilder();
    for (ImportedQuestion q : questions) {
      int start = out.length();
      if (q.points() != ImportedQuestion.DEFAULT_POINTS) {
        out.append("// relearn:points=").append(q.points()).append('\n');
      }
      if (!q.name().isEmpty()) {
        out.append("::").append(escape(q.name())).append("::");
      }
      out.append(escape(q.text())).append(" {");
      answers(q, out);
      boolean onePerLine = out.charAt(out.length() - 1) != '{' && out.indexOf("\n\t", start) >= 0;
      if (!q.generalFeedback().isEmpty()) {
        out.append(onePerLine ? "\n\t####" : "####").append(escape(q.generalFeedback()));
      }
      if (onePerLine) {
        out.append('\n');
      }
      out.append("}\n\n");
    }
    return out.toString();
  }

  private static void answers(ImportedQuestion q, StringBuilder out) {
    switch (q.type()) {
      case EssayType.ID -> {}
      case TrueFalseType.ID -> trueFalse(q, out);
      case SingleChoiceType.ID -> {
        for (ImportedChoice c : q.choices()) {
          option(out, c.correct() ? "=" : "~", c.text(), c.feedback());
        }
      }
      case MultipleResponseType.ID -> {
        long n = Math.max(1, q.choices().stream().filter(ImportedChoice::correct).count());
        String share =
            BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(n), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        for (ImportedChoice c : q.choices()) {
          option(out, "~%" + (c.correct() ? "" : "-") + share + "%", c.text(), c.feedback());
        }
      }
      case ShortAnswerType.ID -> {
        for (ImportedChoice c : q.choices()) {
          if (c.correct()) {
            option(out, "=", c.text(), c.feedback());
          }
        }
      }
      case NumericType.ID -> numeric(q, out);
      case MatchingType.ID -> {
        for (ImportedChoice c : q.choices()) {
          MatchingType.Pair p =
              MatchingType.Pair.parse(c.text())
                  .orElseThrow(() -> new IllegalArgumentException("Not a pair: " + c.text()));
          out.append("\n\t=").append(escape(p.left())).append(" -> ").append(escape(p.right()));
        }
      }
      default -> throw new IllegalArgumentException("No GIFT form for type " + q.type());
    }
  }

  private static void option(StringBuilder out, String marker, String text, String feedback) {
    out.append("\n\t").append(marker).append(escape(text));
    if (!feedback.isEmpty()) {
      out.append(" #").append(escape(feedback));
    }
  }

  private static void trueFalse(ImportedQuestion q, StringBuilder out) {
    List<ImportedChoice> c = q.choices();
    if (c.size() != 2
        || !c.get(0).text().equals(TrueFalseType.TRUE)
        || !c.get(1).text().equals(TrueFalseType.FALSE)
        || c.get(0).correct() == c.get(1).correct()) {
      throw new IllegalArgumentException("Not a true/false question: " + q.text());
    }
    boolean isTrue = c.get(0).correct();
    String right = isTrue ? c.get(0).feedback() : c.get(1).feedback();
    String wrong = isTrue ? c.get(1).feedback() : c.get(0).feedback();
    out.append(isTrue ? "TRUE" : "FALSE");
    if (!wrong.isEmpty() || !right.isEmpty()) {
      out.append('#').append(escape(wrong));
    }
    if (!right.isEmpty()) {
      out.append('#').append(escape(right));
    }
  }

  private static void numeric(ImportedQuestion q, StringBuilder out) {
    out.append('#');
    boolean single = q.choices().size() == 1 && q.choices().get(0).correct();
    for (ImportedChoice c : q.choices()) {
      NumericType.Accepted a =
          NumericType.Accepted.parse(c.text())
              .orElseThrow(() -> new IllegalArgumentException("Not a number: " + c.text()));
      // the colon stays unescaped: Moodle splits value and tolerance after removing escapes
      if (!single) {
        out.append("\n\t").append(c.correct() ? "=" : "=%0%");
      }
      out.append(a.value().toPlainString()).append(':').append(a.tolerance().toPlainString());
      if (!c.feedback().isEmpty()) {
        out.append('#').append(escape(c.feedback()));
      }
    }
  }
}
