package org.relearning.web.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.time.Clocks;

/**
 * What a reader asks for: the months from and to (both included, Bangkok time), one library or
 * every library ({@code null}, for the system administrator) and how to group the rows.
 */
public record ReportRequest(YearMonth from, YearMonth to, Long libraryId, GroupBy groupBy)
    implements Serializable {

  /** Longest period one report covers: ten years of months keeps a month report readable. */
  public static final int MONTHS_MAX = 120;

  public ReportRequest {
    if (from == null || to == null || groupBy == null) {
      throw new BusinessException("report.error.period");
    }
    if (from.isAfter(to) || from.plusMonths(MONTHS_MAX).isBefore(to)) {
      throw new BusinessException("report.error.period");
    }
  }

  public Instant start() {
    return from.atDay(1).atStartOfDay(Clocks.ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusMonths(1).atDay(1).atStartOfDay(Clocks.ZONE).toInstant();
  }

  boolean covers(Instant at) {
    return at != null && !at.isBefore(start()) && at.isBefore(end());
  }
}
