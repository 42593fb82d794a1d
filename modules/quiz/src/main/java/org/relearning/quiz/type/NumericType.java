package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * The learner types a number. Each option marked correct is an accepted answer written {@code
 * value|tolerance}, for example {@code 3.5|0.1} (3.4 to 3.6 inclusive) or just {@code 42} (exactly
 * 42). A response within the tolerance of any accepted answer earns full marks.
 *
 * <p>How numbers are read, for authors and learners alike: surrounding spaces and zero-width
 * characters are ignored; Thai digits ๐–๙ count as 0–9; an optional sign ({@code +}, {@code -} or
 * the minus sign U+2212) comes first; the decimal separator is the point only. A comma is refused,
 * not read as a decimal separator: Thai and English writers use it to group thousands, so "1,500"
 * would otherwise be graded as one and a half. Thousands separators of any kind (comma, space,
 * apostrophe), exponents, {@code NaN}, infinities and numbers longer than {@link #MAX_LENGTH}
 * characters are refused; a refused response earns 0. Comparison is exact decimal arithmetic, so
 * 0.1 + 0.2 style binary rounding never decides a grade.
 */
@ApplicationScoped
public class NumericType implements QuestionType {

  public static final String ID = "numeric";

  /** Separates an accepted value from its tolerance in the option text. */
  public static final String SEPARATOR = "|";

  static final int MAX_LENGTH = 60;

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.numeric";
  }

  @Override
  public List<String> validate(Question question) {
    return AcceptedAnswers.validate(
        question, text -> Accepted.parse(text).isEmpty(), "question.problem.badNumber");
  }

  @Override
  public double grade(Question question, String response) {
    Optional<BigDecimal> given = parse(response);
    if (given.isEmpty()) {
      return 0;
    }
    return question.getChoices().stream()
            .filter(Choice::isCorrect)
            .map(c -> Accepted.parse(c.getText()))
            .flatMap(Optional::stream)
            .anyMatch(a -> a.accepts(given.get()))
        ? 1
        : 0;
  }

  /** The number written in {@code text}, as described in the class comment, or empty. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH * 2) {
      return Optional.empty();
    }
    StringBuilder visible = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      if (!AnswerNormaliser.isZeroWidth(c)) {
        visible.append(c == '\u2212' ? '-' : c);
      }
    }
    String s = AnswerNormaliser.arabicDigits(visible.toString().strip());
    if (s.length() > MAX_LENGTH || !NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
  }

  /** One accepted answer: a value and how far a response may be from it. */
  public record Accepted(BigDecimal value, BigDecimal tolerance) {

    /** Reads {@code value|tolerance} or {@code value}; empty if malformed or tolerance negative. */
    public static Optional<Accepted> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      int bar = text.indexOf(SEPARATOR);
      Optional<BigDecimal> value = NumericType.parse(bar < 0 ? text : text.substring(0, bar));
      Optional<BigDecimal> tolerance =
          bar < 0 ? Optional.of(BigDecimal.ZERO) : NumericType.parse(text.substring(bar + 1));
      if (value.isEmpty() || tolerance.isEmpty() || tolerance.get().signum() < 0) {
        return Optional.empty();
      }
      return Optional.of(new Accepted(value.get(), tolerance.get()));
    }

    public boolean accepts(BigDecimal given) {
      return given.subtract(value).abs().compareTo(tolerance) <= 0;
    }

    /** The option text for this answer: {@code value|tolerance}, or {@code value} if exact. */
    public String text() {
      return tolerance.signum() == 0
          ? value.toPlainString()
          : value.toPlainString() + SEPARATOR + tolerance.toPlainString();
    }
  }

  @Override
  public List<String> correctAnswers(Question question) {
    return question.getChoices().stream()
        .filter(c -> c.isCorrect())
        .map(c -> Accepted.parse(c.getText()))
        .flatMap(Optional::stream)
        .map(
            a ->
                a.tolerance().signum() == 0
                    ? a.value().toPlainString()
                    : a.value().toPlainString() + " ± " + a.tolerance().toPlainString())
        .toList();
  }
}
