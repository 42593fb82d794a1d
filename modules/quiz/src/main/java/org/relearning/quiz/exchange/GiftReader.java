package org.relearning.quiz.exchange;

import static org.relearning.quiz.exchange.GiftSyntax.indexOfUnescaped;
import static org.relearning.quiz.exchange.GiftSyntax.unescape;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/**
 * Reads a subset of Moodle's GIFT format. Questions are separated by blank lines; lines starting
 * with {@code //} are comments, {@code $CATEGORY:} lines are ignored, and a leading format marker
 * such as {@code [html]} is dropped. Supported, with {@code ::title::} and escapes {@code \~ \= \#
 * \{ \} \: \\ \n}:
 *
 * <ul>
 *   <li>{@code {=right ~wrong}}: single choice; with weights ({@code ~%50%a ~%50%b ~%-100%c}):
 *       multiple response, an option being correct when its weight is positive;
 *   <li>{@code {T}}, {@code {F}}, {@code {TRUE}}, {@code {FALSE}}, optionally {@code {T#feedback if
 *       wrong#feedback if right}};
 *   <li>{@code {=a =b}}: short answer; an answer weighted below 100% ({@code =%50%c}) is kept as an
 *       option not marked correct, which earns nothing (partial credit is not supported);
 *   <li>{@code {#3.5:0.1}}, {@code {#1..2}}, {@code {#=3.5:0.1 =4}}: numeric, as {@code
 *       value|tolerance}; an answer weighted below 100% is kept as a wrong option;
 *   <li>{@code {=a -> b =c -> d}}: matching, as {@code a=>b}; {@code = -> x} is a distractor;
 *   <li>{@code {}}: essay;
 *   <li>{@code #feedback} after an option and {@code ####general feedback} before the closing
 *       brace.
 * </ul>
 *
 * A comment {@code // relearn:points=N} right before a question sets its points (other tools ignore
 * it as a comment); otherwise a question is worth {@link ImportedQuestion#DEFAULT_POINTS}. Anything
 * else (missing-word questions with text after the braces, nested braces, an unclosed brace or
 * title, options without text) is skipped with the question's first line and a reason.
 */
public final class GiftReader {

  public static final String UNCLOSED_BRACE = "import.gift.unclosedBrace";
  public static final String UNCLOSED_TITLE = "import.gift.unclosedTitle";
  public static final String NO_ANSWERS = "import.gift.noAnswers";
  public static final String NO_TEXT = "import.gift.noText";
  public static final String TEXT_AFTER_ANSWERS = "import.gift.textAfterAnswers";
  public static final String BAD_ANSWER = "import.gift.badAnswer";
  public static final String NO_CORRECT = "import.gift.noCorrectAnswer";
  public static final String SEVERAL_CORRECT = "import.gift.severalCorrect";
  public static final String BAD_NUMBER = "import.gift.badNumber";
  public static final String BAD_PAIR = "import.gift.badPair";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern POINTS = Pattern.compile("//\\s*relearn:points=(\\d{1,6})\\s*");
  private static final Pattern WEIGHT = Pattern.compile("%(-?\\d{1,3}(\\.\\d{1,10})?)%");
  private static final Pattern FORMAT = Pattern.compile("\\[(html|moodle|plain|markdown)]");

  private GiftReader() {}

  public static ImportReport read(InputStream in) {
    return ImportInput.readThen(in, GiftReader::read);
  }

  public static ImportReport read(String text) {
    Optional<ImportReport> refusal = ImportInput.checkSize(text);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    List<ImportedQuestion> imported = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> lines = ImportInput.lines(text);
    StringBuilder block = new StringBuilder();
    int start = 0;
    int points = ImportedQuestion.DEFAULT_POINTS;
    int questions = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (block.length() > 0) {
          parse(block.toString(), start, points, imported, skipped);
          block.setLength(0);
          points = ImportedQuestion.DEFAULT_POINTS;
        }
      } else if (stripped.startsWith("//")) {
        Matcher m = POINTS.matcher(stripped);
        if (block.length() == 0 && m.matches()) {
          points = Integer.parseInt(m.group(1));
        }
      } else if (block.length() == 0 && stripped.startsWith("$CATEGORY:")) {
        continue;
      } else {
        if (block.length() == 0) {
          if (++questions > ImportInput.MAX_QUESTIONS) {
            return ImportInput.tooManyQuestions();
          }
          start = i + 1;
        } else {
          block.append('\n');
        }
        block.append(line);
      }
    }
    return new ImportReport(imported, skipped);
  }

  private static void parse(
      String raw, int line, int points, List<ImportedQuestion> imported, List<Skipped> skipped) {
    try {
      imported.add(question(raw.strip(), points));
    } catch (Refused r) {
      skipped.add(new Skipped(line, r.name, r.getMessage(), r.detail));
    }
  }

  private static ImportedQuestion question(String s, int points) {
    String name = "";
    if (s.startsWith("::")) {
      int end = indexOfUnescaped(s, "::", 2);
      if (end < 0) {
        throw new Refused(UNCLOSED_TITLE, "", firstLine(s));
      }
      name = unescape(s.substring(2, end)).strip();
      s = s.substring(end + 2).strip();
    }
    Matcher format = FORMAT.matcher(s);
    if (format.lookingAt()) {
      s = s.substring(format.end()).strip();
    }
    int open = indexOfUnescaped(s, "{", 0);
    if (open < 0) {
      throw new Refused(NO_ANSWERS, name, firstLine(s));
    }
    int close = indexOfUnescaped(s, "}", open + 1);
    if (close < 0) {
      throw new Refused(UNCLOSED_BRACE, name, firstLine(s));
    }
    int nested = indexOfUnescaped(s, "{", open + 1);
    if (nested >= 0 && nested < close) {
      throw new Refused(UNCLOSED_BRACE, name, firstLine(s));
    }
    if (!s.substring(close + 1).isBlank()) {
      throw new Refused(TEXT_AFTER_ANSWERS, name, s.substring(close + 1).strip());
    }
    String text = unescape(s.substring(0, open)).strip();
    if (text.isEmpty()) {
      throw new Refused(NO_TEXT, name, "");
    }
    String body = s.substring(open + 1, close);
    String general = "";
    int gf = indexOfUnescaped(body, "####", 0);
    if (gf >= 0) {
      general = unescape(body.substring(gf + 4)).strip();
      body = body.substring(0, gf);
    }
    body = body.strip();
    Answers answers = answers(body, name);
    return new ImportedQuestion(answers.type, name, text, points, answers.choices, general);
  }

  private record Answers(String type, List<ImportedChoice> choices) {}

  private static Answers answers(String body, String name) {
    if (body.isEmpty()) {
      return new Answers(EssayType.ID, List.of());
    }
    if (body.startsWith("#")) {
      return new Answers(NumericType.ID, numeric(body.substring(1).strip(), name));
    }
    List<String> parts = split(body, "#");
    String tf = parts.get(0).strip().toUpperCase(Locale.ROOT);
    if (List.of("T", "F", "TRUE", "FALSE").contains(tf) && parts.size() <= 3) {
      boolean isTrue = tf.startsWith("T");
      String wrong = parts.size() > 1 ? unescape(parts.get(1)).strip() : "";
      String right = parts.size() > 2 ? unescape(parts.get(2)).strip() : "";
      return new Answers(
          TrueFalseType.ID,
          List.of(
              new ImportedChoice(TrueFalseType.TRUE, isTrue, isTrue ? right : wrong),
              new ImportedChoice(TrueFalseType.FALSE, !isTrue, isTrue ? wrong : right)));
    }
    return options(body, name);
  }

  private static List<ImportedChoice> numeric(String body, String name) {
    List<Option> options =
        body.startsWith("=") ? options(body, name, "=") : List.of(new Option('=', null, body));
    List<ImportedChoice> choices = new ArrayList<>();
    for (Option o : options) {
      List<String> parts = split(o.raw, "#");
      String value = unescape(parts.get(0)).strip();
      String feedback =
          parts.size() > 1 ? unescape(o.raw.substring(parts.get(0).length() + 1)).strip() : "";
      NumericType.Accepted accepted =
          number(value).orElseThrow(() -> new Refused(BAD_NUMBER, name, value));
      boolean correct = o.weight == null || o.weight.compareTo(HUNDRED) >= 0;
      choices.add(new ImportedChoice(accepted.text(), correct, feedback));
    }
    return choices;
  }

  /** {@code v}, {@code v:tolerance} or {@code min..max}. */
  private static Optional<NumericType.Accepted> number(String value) {
    int range = value.indexOf("..");
    if (range >= 0) {
      Optional<BigDecimal> min = NumericType.parse(value.substring(0, range));
      Optional<BigDecimal> max = NumericType.parse(value.substring(range + 2));
      if (min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) > 0) {
        return Optional.empty();
      }
      BigDecimal two = BigDecimal.valueOf(2);
      return Optional.of(
          new NumericType.Accepted(
              min.get().add(max.get()).divide(two), max.get().subtract(min.get()).divide(two)));
    }
    return NumericType.Accepted.parse(value.replace(':', '|'));
  }

  private static Answers options(String body, String name) {
    List<Option> options = options(body, name, "=~");
    boolean allEqual = options.stream().allMatch(o -> o.marker == '=');
    boolean anyWeight = options.stream().anyMatch(o -> o.weight != null);
    boolean anyArrow = options.stream().anyMatch(o -> indexOfUnescaped(o.raw, "->", 0) >= 0);
    List<ImportedChoice> choices = new ArrayList<>();
    if (anyArrow) {
      for (Option o : options) {
        int arrow = indexOfUnescaped(o.raw, "->", 0);
        if (!allEqual || anyWeight || arrow < 0) {
          throw new Refused(BAD_PAIR, name, o.raw.strip());
        }
        String left = unescape(o.raw.substring(0, arrow)).strip();
        String right = unescape(o.raw.substring(arrow + 2)).strip();
        if (left.contains(MatchingType.ARROW) || right.isEmpty()) {
          throw new Refused(BAD_PAIR, name, o.raw.strip());
        }
        choices.add(new ImportedChoice(left + MatchingType.ARROW + right, true));
      }
      return new Answers(MatchingType.ID, choices);
    }
    for (Option o : options) {
      List<String> parts = split(o.raw, "#");
      String text = unescape(parts.get(0)).strip();
      if (text.isEmpty()) {
        throw new Refused(BAD_ANSWER, name, o.raw.strip());
      }
      String feedback =
          parts.size() > 1 ? unescape(o.raw.substring(parts.get(0).length() + 1)).strip() : "";
      boolean correct =
          allEqual
              ? o.weight == null || o.weight.compareTo(HUNDRED) >= 0
              : o.marker == '=' || (o.weight != null && o.weight.signum() > 0);
      choices.add(new ImportedChoice(text, correct, feedback));
    }
    long correct = choices.stream().filter(ImportedChoice::correct).count();
    if (correct == 0) {
      throw new Refused(NO_CORRECT, name, "");
    }
    if (allEqual) {
      return new Answers(ShortAnswerType.ID, choices);
    }
    if (anyWeight) {
      return new Answers(MultipleResponseType.ID, choices);
    }
    if (correct > 1) {
      throw new Refused(SEVERAL_CORRECT, name, "");
    }
    return new Answers(SingleChoiceType.ID, choices);
  }

  private record Option(char marker, BigDecimal weight, String raw) {}

  /** Splits at unescaped markers; each option's raw text excludes its marker and weight. */
  private static List<Option> options(String body, String name, String markers) {
    List<Option> options = new ArrayList<>();
    int i = 0;
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    if (i == body.length() || markers.indexOf(body.charAt(i)) < 0) {
      throw new Refused(BAD_ANSWER, name, firstLine(body));
    }
    while (i < body.length()) {
      char marker = body.charAt(i);
      int end = i + 1;
      while (end < body.length() && markers.indexOf(body.charAt(end)) < 0) {
        end += body.charAt(end) == '\\' ? 2 : 1;
      }
      String raw = body.substring(i + 1, Math.min(end, body.length()));
      BigDecimal weight = null;
      Matcher w = WEIGHT.matcher(raw);
      if (w.lookingAt()) {
        weight = new BigDecimal(w.group(1));
        raw = raw.substring(w.end());
      } else if (raw.startsWith("%")) {
        throw new Refused(BAD_ANSWER, name, raw.strip());
      }
      options.add(new Option(marker, weight, raw));
      i = end;
    }
    return options;
  }

  private static List<String> split(String s, String separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = indexOfUnescaped(s, separator, from)) >= 0) {
      parts.add(s.substring(from, at));
      from = at + separator.length();
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 80 ? line.substring(0, 80) : line;
  }

  /** Ends the reading of one question; the reader records it and goes on with the next. */
  private static final class Refused extends RuntimeException {
    final String name;
    final String detail;

    Refused(String reasonKey, String name, String detail) {
      super(reasonKey, null, false, false);
      this.name = name;
      this.detail = detail;
    }
  }
}
