package org.relearning.quiz.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The attempts of a quiz as a spreadsheet: CSV as in RFC 4180 (CRLF line ends, fields holding a
 * comma, double quote, CR or LF in double quotes, double quotes inside doubled).
 *
 * <p>One row per attempt, in the order given: learner, attempt number, started, submitted (both
 * ISO-8601 with the offset of the chosen time zone, to the second), score in percent, passed, then
 * one column per question, in the order questions first appear in the attempts, headed by the
 * question's name. A question cell holds the points earned, with at most two decimals and a dot as
 * decimal separator; it is empty when the question was not drawn into that attempt and holds the
 * caller's "not graded" marker while the answer waits for a grader. Empty cells also stand for an
 * unknown time, a pending score and an unknown pass.
 *
 * <p>The caller supplies every label, already translated: the six headers of the fixed columns, the
 * words for passed and failed and the "not graded" marker. These are written as given. Text that
 * comes from the attempts (learner and question names) is guarded against formula injection: when
 * it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, a
 * spreadsheet could run it as a formula, so an apostrophe is put in front. Numbers and times
 * formatted here are never changed.
 *
 * <p>{@link #write(List, Writer)} writes characters only and leaves the encoding to the writer.
 * {@link #writeUtf8WithBom(List, OutputStream)} and {@link #toUtf8WithBom(List)} produce the bytes
 * of a download: UTF-8 preceded by a byte order mark, which spreadsheet programs need to read Thai
 * and other non-Latin text correctly.
 */
public final class AttemptsCsv {

  /** The byte order mark, as a character; encoded in UTF-8 it is {@code EF BB BF}. */
  public static final char BOM = '\uFEFF';

  /** How many labels the header list holds: the columns before the question columns. */
  public static final int FIXED_COLUMNS = 6;

  private static final String CRLF = "\r\n";

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final List<String> header;
  private final String passedText;
  private final String failedText;
  private final String notGradedText;
  private final ZoneId zone;

  /**
   * @param header the labels of the fixed columns, in order: learner, attempt number, started,
   *     submitted, score in percent, passed
   * @param passedText written in the passed column for an attempt that passed
   * @param failedText written in the passed column for an attempt that did not pass
   * @param notGradedText written in a question cell while the answer waits for a grader
   * @param zone the time zone in which the started and submitted times are written
   * @throws IllegalArgumentException if {@code header} does not hold {@value #FIXED_COLUMNS} labels
   */
  public AttemptsCsv(
      List<String> header,
      String passedText,
      String failedText,
      String notGradedText,
      ZoneId zone) {
    this.header = List.copyOf(header);
    if (this.header.size() != FIXED_COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + FIXED_COLUMNS + " header labels, got " + this.header.size());
    }
    this.passedText = Objects.requireNonNull(passedText, "passedText");
    this.failedText = Objects.requireNonNull(failedText, "failedText");
    this.notGradedText = Objects.requireNonNull(notGradedText, "notGradedText");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Writes the header row and one row per attempt, each ended by CRLF, without a byte order mark.
   * The writer is flushed but not closed.
   */
  public void write(List<AttemptRecord> attempts, Writer out) throws IOException {
    Map<Long, String> questions = questionColumns(attempts);
    List<String> row = new ArrayList<>(header);
    for (Map.Entry<Long, String> question : questions.entrySet()) {
      String name = question.getValue();
      row.add(name.isBlank() ? String.valueOf(question.getKey()) : neutralise(name));
    }
    writeRow(row, out);
    for (AttemptRecord attempt : attempts) {
      writeRow(cells(attempt, questions), out);
    }
    out.flush();
  }

  /**
   * Writes the byte order mark and then the CSV encoded in UTF-8. The stream is flushed but not
   * closed.
   */
  public void writeUtf8WithBom(List<AttemptRecord> attempts, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BOM);

    write(attempts, writer);
  }

  /** The byte order mark followed by the CSV encoded in UTF-8, ready to be downloaded. */
  public byte[] toUtf8WithBom(List<AttemptRecord> attempts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeUtf8WithBom(attempts, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The questions of the attempts, id to name, in the order they first appear. */
  private static Map<Long, String> questionColumns(List<AttemptRecord> attempts) {
    Map<Long, String> questions = new LinkedHashMap<>();
    for (AttemptRecord attempt : attempts) {
      for (SlotRecord slot : attempt.slots()) {
        questions.putIfAbsent(slot.questionId(), slot.questionName());
      }
    }
    return questions;
  }

  private List<String> cells(AttemptRecord attempt, Map<Long, String> questions) {
    List<String> cells = new ArrayList<>(FIXED_COLUMNS + questions.size());
    cells.add(neutralise(attempt.learnerName()));
    cells.add(String.valueOf(attempt.attemptNo()));
    cells.add(time(attempt.startedAt()));
    cells.add(time(attempt.submittedAt()));
    cells.add(attempt.scorePercent() == null ? "" : attempt.scorePercent().toString());
    cells.add(attempt.passed() == null ? "" : attempt.passed() ? passedText : failedText);
    Map<Long, SlotRecord> slots = new LinkedHashMap<>();
    for (SlotRecord slot : attempt.slots()) {
      slots.putIfAbsent(slot.questionId(), slot);
    }
    for (Long questionId : questions.keySet()) {
      SlotRecord slot = slots.get(questionId);
      if (slot == null) {
        cells.add("");
      } else if (!slot.graded()) {
        cells.add(notGradedText);
      } else {
        cells.add(points(slot.earnedPoints()));
      }
    }
    return cells;
  }

  private String time(Instant instant) {
    return instant == null ? "" : ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /** Points with at most two decimals, half up, no trailing zeros: 2, 0.5, 1.33. */
  static String points(double points) {
    BigDecimal rounded = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * Puts an apostrophe in front of text a spreadsheet could take for a formula: text starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
   */
  static String neutralise(String text) {
    if (!text.isEmpty()) {
      switch (text.charAt(0)) {
        case '=', '+', '-', '@', '\t', '\r':
          return "'" + text;
        default:
          break;
      }
    }
    return text;
  }

  /** The field as RFC 4180 wants it: in double quotes, inner ones doubled, when it needs them. */
  static String quote(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  private static void writeRow(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write(CRLF);
  }
}
