package org.relearning.quiz.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * A quiz as one JSON file, the form in which quizzes travel inside a course archive:
 *
 * <pre>{@code
 * {
 *     "format": "relearn-quiz",
 *     "formatVersion": 1,
 *     "title": "แบบทดสอบขนมไทย",
 *     "passMark": 60,
 *     "questions": [
 *         {
 *             "type": "single-choice",
 *             "text": "ขนมชั้นมีกี่ชั้น?",
 *             "points": 1,
 *             "choices": [ { "text": "7", "correct": false }, { "text": "9", "correct": true } ]
 *         }
 *     ]
 * }
 * }</pre>
 *
 * Every question type is written the same way: its {@code type} id, {@code text}, {@code points}
 * and its options in order, each with its text encoded as the type reads it ({@code true}/{@code
 * false} for true/false, {@code 3.5|0.1} for numeric, {@code left=>right} for matching, the items
 * in their correct order for ordering) and whether it is marked correct. Texts are kept exactly,
 * spaces and line breaks included.
 *
 * <p>JSON rather than GIFT, because GIFT has no form for ordering and all-or-nothing multiple
 * response questions and does not keep texts exactly (see {@link GiftWriter}); one form for every
 * type means one reader for the archive. Unknown members are ignored, like in the course manifest.
 * The reader checks the file's structure and limits; whether each question is usable is the quiz
 * service's check, by the question's type.
 */
public final class QuizJson {

  public static final String FORMAT = "relearn-quiz";
  public static final int FORMAT_VERSION = 1;

  /** Highest points a question may be worth, as in a GIFT points comment. */
  public static final int POINTS_MAX = 999_999;

  static final String BAD_JSON = "import.quiz.badJson";
  static final String UNKNOWN_FORMAT = "import.quiz.unknownFormat";
  static final String UNKNOWN_VERSION = "import.quiz.unknownVersion";
  static final String INVALID_FIELD = "import.quiz.invalidField";
  static final String PASS_MARK_RANGE = "quiz.passMark.range";
  private static final int MAX_DRAWS = 100;

  private static final JsonGeneratorFactory JSON =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  /** What reading a quiz file gave: the quiz, unless refused, and every problem found. */
  public record Read(PortableQuiz quiz, List<QuizProblem> problems) {

    public Read {
      problems = List.copyOf(problems);
    }

    public boolean refused() {
      return quiz == null;
    }
  }

  private QuizJson() {}

  public static byte[] write(PortableQuiz quiz) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out, StandardCharsets.UTF_8)) {
      json.writeStartObject()
          .write("format", FORMAT)
          .write("formatVersion", FORMAT_VERSION)
          .write("title", quiz.title())
          .write("passMark", quiz.passMark());
      json.writeStartArray("questions");
      writeQuestions(json, quiz.questions());
      json.writeEnd();
      if (quiz.settings() != null) {
        writeSettings(json, quiz.settings());
      }
      if (!quiz.draws().isEmpty()) {
        json.writeStartArray("draws");
        for (PortableQuiz.Draw d : quiz.draws()) {
          json.writeStartObject()
              .write("position", d.position())
              .write("category", d.category())
              .write("count", d.count());
          json.writeStartArray("questions");
          writeQuestions(json, d.questions());
          json.writeEnd().writeEnd();
        }
        json.writeEnd();
      }
      json.writeEnd();
    }
    return out.toByteArray();
  }

  private static void writeQuestions(JsonGenerator json, List<ImportedQuestion> questions) {
    for (ImportedQuestion q : questions) {
      json.writeStartObject()
          .write("type", q.type())
          .write("text", q.text())
          .write("points", q.points());
      if (!q.name().isEmpty()) {
        json.write("name", q.name());
      }
      if (!q.generalFeedback().isEmpty()) {
        json.write("feedback", q.generalFeedback());
      }
      json.writeStartArray("choices");
      for (ImportedChoice c : q.choices()) {
        json.writeStartObject().write("text", c.text()).write("correct", c.correct());
        if (!c.feedback().isEmpty()) {
          json.write("feedback", c.feedback());
        }
        json.writeEnd();
      }
      json.writeEnd().writeEnd();
    }
  }

  private static void writeSettings(JsonGenerator json, QuizSettings s) {
    json.writeStartObject("settings")
        .write("shuffleQuestions", s.shuffleQuestions())
        .write("shuffleOptions", s.shuffleOptions())
        .write("perPage", s.perPage())
        .write("sequential", s.sequential())
        .write("attemptsAllowed", s.attemptsAllowed())
        .write("gradingMethod", s.gradingMethod().name());
    if (s.timeLimitMinutes() != null) {
      json.write("timeLimitMinutes", s.timeLimitMinutes());
    }
    json.writeStartArray("reviewAfterSubmit");
    s.reviewAfterSubmit().forEach(r -> json.write(r.name()));
    json.writeEnd().writeStartArray("reviewAfterClose");
    s.reviewAfterClose().forEach(r -> json.write(r.name()));
    json.writeEnd().writeEnd();
  }

  /** Reads a file someone uploaded: every problem is reported, and any problem refuses it all. */
  public static Read read(byte[] file) {
    if (file.length > ImportInput.MAX_BYTES) {
      return refused(
          new QuizProblem("", ImportInput.TOO_LARGE, "> " + ImportInput.MAX_BYTES + " bytes"));
    }
    JsonObject root;
    try {
      root = readJson(file);
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      return refused(new QuizProblem(where, BAD_JSON, e.getMessage()));
    } catch (JsonException e) {
      return refused(new QuizProblem("", BAD_JSON, e.getMessage()));
    }
    if (!(root.get("format") instanceof JsonString s && s.getString().equals(FORMAT))) {
      return refused(new QuizProblem("format", UNKNOWN_FORMAT, "expected \"" + FORMAT + "\""));
    }
    if (integer(root.get("formatVersion"), 1, FORMAT_VERSION) == null) {
      return refused(
          new QuizProblem(
              "formatVersion",
              UNKNOWN_VERSION,
              "this version reads up to "
                  + FORMAT_VERSION
                  + ", found "
                  + root.get("formatVersion")));
    }
    return new Parse().quiz(root);
  }

  private static Read refused(QuizProblem problem) {
    return new Read(null, List.of(problem));
  }

  /** Strict UTF-8: a wrong encoding is a bad file, not silently mangled Thai. */
  private static JsonObject readJson(byte[] file) {
    InputStreamReader text =
        new InputStreamReader(
            new ByteArrayInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (JsonReader reader = Json.createReader(text)) {
      return reader.readObject();
    }
  }

  /** A whole number from {@code min} to {@code max}; compared as decimals, never expanded. */
  private static Integer integer(JsonValue value, int min, int max) {
    if (!(value instanceof JsonNumber n)) {
      return null;
    }
    BigDecimal v = n.bigDecimalValue();
    if (v.compareTo(BigDecimal.valueOf(min)) < 0
        || v.compareTo(BigDecimal.valueOf(max)) > 0
        || v.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return v.intValue();
  }

  /** One reading, collecting problems. */
  private static final class Parse {

    private final List<QuizProblem> problems = new ArrayList<>();

    Read quiz(JsonObject root) {
      String title = text(root, "title", "title", Quiz.TITLE_MAX, true);
      Integer passMark = integer(root.get("passMark"), 0, 100);
      if (passMark == null) {
        problems.add(
            new QuizProblem("passMark", PASS_MARK_RANGE, String.valueOf(root.get("passMark"))));
      }
      List<ImportedQuestion> questions = new ArrayList<>();
      if (!(root.get("questions") instanceof JsonArray array)) {
        problems.add(new QuizProblem("questions", INVALID_FIELD, "questions must be an array"));
      } else if (array.size() > ImportInput.MAX_QUESTIONS) {
        problems.add(
            new QuizProblem(
                "questions", ImportInput.TOO_MANY_QUESTIONS, "> " + ImportInput.MAX_QUESTIONS));
      } else {
        for (int i = 0; i < array.size(); i++) {
          ImportedQuestion q = question(array.get(i), QuizProblem.question(i + 1));
          if (q != null) {
            questions.add(q);
          }
        }
      }
      QuizSettings settings =
          root.containsKey("settings") && passMark != null
              ? settings(root.get("settings"), title, passMark)
              : null;
      List<PortableQuiz.Draw> draws = new ArrayList<>();
      if (root.containsKey("draws")) {
        if (!(root.get("draws") instanceof JsonArray array) || array.size() > MAX_DRAWS) {
          problems.add(new QuizProblem("draws", INVALID_FIELD, "draws must be an array"));
        } else {
          for (int i = 0; i < array.size(); i++) {
            PortableQuiz.Draw d = draw(array.get(i), "draw " + (i + 1));
            if (d != null) {
              draws.add(d);
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        return new Read(null, problems);
      }
      return new Read(new PortableQuiz(title, passMark, questions, settings, draws), List.of());
    }

    private QuizSettings settings(JsonValue value, String title, int passMark) {
      if (!(value instanceof JsonObject o)) {
        problems.add(new QuizProblem("settings", INVALID_FIELD, "settings must be an object"));
        return null;
      }
      Integer perPage = integer(o.get("perPage"), 0, 100);
      Integer attempts = integer(o.get("attemptsAllowed"), 0, 100);
      Integer limit =
          o.containsKey("timeLimitMinutes")
              ? integer(o.get("timeLimitMinutes"), 1, Quiz.TIME_LIMIT_MAX_MINUTES)
              : Integer.valueOf(0);
      GradingMethod method = null;
      if (o.get("gradingMethod") instanceof JsonString m) {
        for (GradingMethod g : GradingMethod.values()) {
          if (g.name().equals(m.getString())) {
            method = g;
          }
        }
      }
      Set<ReviewItem> afterSubmit = review(o.get("reviewAfterSubmit"));
      Set<ReviewItem> afterClose = review(o.get("reviewAfterClose"));
      if (perPage == null
          || attempts == null
          || limit == null
          || method == null
          || afterSubmit == null
          || afterClose == null
          || !isBoolean(o.get("shuffleQuestions"))
          || !isBoolean(o.get("shuffleOptions"))
          || !isBoolean(o.get("sequential"))) {
        problems.add(new QuizProblem("settings", INVALID_FIELD, "settings out of range"));
        return null;
      }
      return new QuizSettings(
          title,
          passMark,
          o.get("shuffleQuestions") == JsonValue.TRUE,
          o.get("shuffleOptions") == JsonValue.TRUE,
          perPage,
          o.get("sequential") == JsonValue.TRUE,
          o.containsKey("timeLimitMinutes") ? limit : null,
          null,
          null,
          attempts,
          method,
          afterSubmit,
          afterClose);
    }

    private static boolean isBoolean(JsonValue v) {
      return v == JsonValue.TRUE || v == JsonValue.FALSE;
    }

    private static Set<ReviewItem> review(JsonValue value) {
      if (!(value instanceof JsonArray array)) {
        return null;
      }
      Set<ReviewItem> items = EnumSet.noneOf(ReviewItem.class);
      for (JsonValue v : array) {
        if (!(v instanceof JsonString name)) {
          return null;
        }
        ReviewItem found = null;
        for (ReviewItem r : ReviewItem.values()) {
          if (r.name().equals(name.getString())) {
            found = r;
          }
        }
        if (found == null) {
          return null;
        }
        items.add(found);
      }
      return items;
    }

    private PortableQuiz.Draw draw(JsonValue value, String where) {
      if (!(value instanceof JsonObject d)) {
        problems.add(new QuizProblem(where, INVALID_FIELD, "a draw must be an object"));
        return null;
      }
      Integer position = integer(d.get("position"), 1, ImportInput.MAX_QUESTIONS);
      Integer count = integer(d.get("count"), 1, 100);
      String category = text(d, "category", where, Category.NAME_MAX, false);
      if (position == null || count == null || category == null) {
        problems.add(new QuizProblem(where, INVALID_FIELD, "position, count or category"));
        return null;
      }
      List<ImportedQuestion> pool = new ArrayList<>();
      if (!(d.get("questions") instanceof JsonArray array)
          || array.size() > ImportInput.MAX_QUESTIONS) {
        problems.add(new QuizProblem(where, INVALID_FIELD, "questions must be an array"));
        return null;
      }
      for (int i = 0; i < array.size(); i++) {
        ImportedQuestion q = question(array.get(i), where + " › " + QuizProblem.question(i + 1));
        if (q != null) {
          pool.add(q);
        }
      }
      return new PortableQuiz.Draw(position, category, count, pool);
    }

    private ImportedQuestion question(JsonValue value, String where) {
      if (!(value instanceof JsonObject q)) {
        problems.add(new QuizProblem(where, INVALID_FIELD, "a question must be an object"));
        return null;
      }
      int before = problems.size();
      String type = text(q, "type", where, 40, true);
      String text = text(q, "text", where, Question.TEXT_MAX, true);
      Integer points = integer(q.get("points"), 0, POINTS_MAX);
      if (points == null) {
        problems.add(
            new QuizProblem(
                where, INVALID_FIELD, "points must be a whole number, 0 to " + POINTS_MAX));
      }
      List<ImportedChoice> choices = new ArrayList<>();
      if (!(q.get("choices") instanceof JsonArray array)) {
        problems.add(new QuizProblem(where, INVALID_FIELD, "choices must be an array"));
      } else {
        for (int c = 0; c < array.size(); c++) {
          String choiceWhere = where + " › choice " + (c + 1);
          if (!(array.get(c) instanceof JsonObject choice)) {
            problems.add(new QuizProblem(choiceWhere, INVALID_FIELD, "a choice must be an object"));
            continue;
          }
          String choiceText = text(choice, "text", choiceWhere, Choice.TEXT_MAX, false);
          JsonValue correct = choice.get("correct");
          if (correct != JsonValue.TRUE && correct != JsonValue.FALSE) {
            problems.add(
                new QuizProblem(choiceWhere, INVALID_FIELD, "correct must be true or false"));
          } else if (choiceText == null) {
            problems.add(new QuizProblem(choiceWhere, INVALID_FIELD, "text missing"));
          } else {
            String feedback =
                choice.containsKey("feedback")
                    ? text(choice, "feedback", choiceWhere, Choice.TEXT_MAX, false)
                    : "";
            choices.add(new ImportedChoice(choiceText, correct == JsonValue.TRUE, feedback));
          }
        }
      }
      String name = q.containsKey("name") ? text(q, "name", where, Question.NAME_MAX, false) : "";
      String feedback =
          q.containsKey("feedback") ? text(q, "feedback", where, Question.TEXT_MAX, false) : "";
      if (problems.size() > before) {
        return null;
      }
      return new ImportedQuestion(type, name, text, points, choices, feedback);
    }

    private String text(JsonObject parent, String name, String where, int max, boolean required) {
      JsonValue value = parent.get(name);
      if (!(value instanceof JsonString s)) {
        problems.add(new QuizProblem(where, INVALID_FIELD, name + " must be a string"));
        return null;
      }
      String text = s.getString();
      if (required && text.isBlank()) {
        problems.add(new QuizProblem(where, INVALID_FIELD, name + " is empty"));
        return null;
      }
      if (text.length() > max) {
        problems.add(
            new QuizProblem(where, INVALID_FIELD, name + " longer than " + max + " characters"));
        return null;
      }
      return text;
    }
  }
}
