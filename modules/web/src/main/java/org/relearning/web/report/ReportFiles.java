package org.relearning.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.relearning.web.support.Messages;

/**
 * A report as files: CSV (UTF-8 with a byte order mark, so that Excel reads Thai) and XLSX (numbers
 * as numbers). Both hold the page's rows in the page's order, then the total, with the same
 * numbers; percentages have one decimal and are empty when there is nothing to divide by.
 */
public final class ReportFiles {

  /** The measures in column order; their headers are {@code report.measure.<name>}. */
  public static final List<String> MEASURES =
      List.of(
          "enrolments",
          "completions",
          "completionRate",
          "certificates",
          "averageScore",
          "activeLearners");

  private static final char BOM = '\uFEFF';

  private ReportFiles() {}

  public static List<String> headers(ImpactReport report, Locale locale) {
    List<String> headers = new ArrayList<>();
    headers.add(Messages.text(locale, "report.groupBy." + report.request().groupBy().name()));
    MEASURES.forEach(m -> headers.add(Messages.text(locale, "report.measure." + m)));
    return headers;
  }

  public static byte[] csv(ImpactReport report, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write(BOM);
      csv.printRecord(headers(report, locale));
      for (ReportRow row : rowsWithTotal(report)) {
        csv.printRecord(
            guarded(row.label()),
            row.enrolments(),
            row.completions(),
            ReportRow.percent(row.completionRate()),
            row.certificates(),
            ReportRow.percent(row.averageScore()),
            row.activeLearners());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(ImpactReport report, Locale locale) {
    Spreadsheet sheet = new Spreadsheet(Messages.text(locale, "report.sheet"));
    sheet.row();
    for (String header : headers(report, locale)) {
      sheet.text(header, Spreadsheet.Style.BOLD);
    }
    for (ReportRow row : rowsWithTotal(report)) {
      sheet
          .row()
          .text(row.label(), Spreadsheet.Style.PLAIN)
          .number(row.enrolments())
          .number(row.completions())
          .oneDecimal(row.completionRate())
          .number(row.certificates())
          .oneDecimal(row.averageScore())
          .number(row.activeLearners());
    }
    return sheet.firstColumnWidth(40).toBytes();
  }

  private static List<ReportRow> rowsWithTotal(ImpactReport report) {
    List<ReportRow> rows = new ArrayList<>(report.rows());
    rows.add(report.total());
    return rows;
  }

  /**
   * Course titles and occupations are typed by people: one starting like a formula gets an
   * apostrophe in front, so a spreadsheet shows it instead of running it.
   */
  static String guarded(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
