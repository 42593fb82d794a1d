package org.relearning.web.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of a report, as the page, the CSV and the XLSX file show it. Rates and scores are
 * percentages with one decimal, {@code null} when there is nothing to divide by.
 *
 * @param key what the row stands for, in the data (a library id, a month as 2026-11, "" for not
 *     given)
 * @param label the row's name in the reader's language
 */
public record ReportRow(
    String key,
    String label,
    long enrolments,
    long completions,
    BigDecimal completionRate,
    long certificates,
    BigDecimal averageScore,
    long activeLearners)
    implements Serializable {

  /** A percentage as the page and the CSV write it: "66.7", or "" for none. */
  public static String percent(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  public String getCompletionRateText() {
    return percent(completionRate);
  }

  public String getAverageScoreText() {
    return percent(averageScore);
  }
}
