package org.relearning.web.report;

import java.io.Serializable;
import java.util.List;

/** A report as read: the request, one row per group and the row for all of them together. */
public record ImpactReport(ReportRequest request, List<ReportRow> rows, ReportRow total)
    implements Serializable {}
