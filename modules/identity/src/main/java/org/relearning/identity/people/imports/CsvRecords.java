package org.relearning.identity.people.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: commas, double quotes, {@code ""} inside quotes, line breaks inside
 * quotes, CRLF or LF) into records, each with the line it starts on, so that a report can say "line
 * 7". Blank lines are left out.
 */
final class CsvRecords {

  /** One record and the line of the file it starts on (1-based). */
  record Record(int line, List<String> fields) {}

  /** The text ended inside quotes that opened on {@code line}. */
  static final class UnclosedQuote extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    UnclosedQuote(int line) {
      super("unclosed quote from line " + line);
      this.line = line;
    }
  }

  private CsvRecords() {}

  static List<Record> parse(String text, int maxRecords) throws UnclosedQuote {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean anyContent = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          anyContent = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          anyContent = true;
        }
        case '\r' -> {
          // part of CRLF, or a lone CR: either way the line ends at the next \n or here
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            line = endRecord(records, fields, field, anyContent, recordLine, line);
            recordLine = line;
            anyContent = false;
          }
        }
        case '\n' -> {
          line = endRecord(records, fields, field, anyContent, recordLine, line);
          recordLine = line;
          anyContent = false;
        }
        default -> {
          field.append(c);
          anyContent = true;
        }
      }
      if (records.size() > maxRecords) {
        return records;
      }
      i++;
    }
    if (quoted) {
      throw new UnclosedQuote(recordLine);
    }
    endRecord(records, fields, field, anyContent, recordLine, line);
    return records;
  }

  /** Closes the record (unless the line was blank) and returns the next line number. */
  private static int endRecord(
      List<Record> records,
      List<String> fields,
      StringBuilder field,
      boolean anyContent,
      int recordLine,
      int line) {
    if (anyContent || field.length() > 0) {
      fields.add(field.toString());
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    fields.clear();
    field.setLength(0);
    return line + 1;
  }
}
