package org.relearning.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.web.support.Downloads;
import org.relearning.web.support.LanguageFilter;

/**
 * {@code /admin/reports.csv} and {@code /admin/reports.xlsx} {@code
 * ?from=2026-01&to=2026-11&by=LIBRARY[&library=ID]}: the report the page shows, as a file. The same
 * service checks apply: another library's figures are 403, a bad request 400.
 */
@WebServlet({"/admin/reports.csv", "/admin/reports.xlsx"})
public class ReportExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private ImpactReports reports;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    ReportRequest request;
    try {
      String library = req.getParameter("library");
      request =
          new ReportRequest(
              YearMonth.parse(req.getParameter("from")),
              YearMonth.parse(req.getParameter("to")),
              library == null || library.isBlank() ? null : Long.valueOf(library),
              GroupBy.valueOf(req.getParameter("by")));
    } catch (DateTimeParseException
        | IllegalArgumentException
        | NullPointerException
        | BusinessException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = LanguageFilter.localeOf(req);
    boolean xlsx = req.getServletPath().endsWith(".xlsx");
    byte[] file;
    try {
      ImpactReport report = reports.report(request, locale);
      file = xlsx ? ReportFiles.xlsx(report, locale) : ReportFiles.csv(report, locale);
    } catch (AccessDeniedException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String name =
        "impact-"
            + request.groupBy().name().toLowerCase(Locale.ROOT)
            + "-"
            + request.from()
            + "-"
            + request.to()
            + (xlsx ? ".xlsx" : ".csv");
    Downloads.send(res, xlsx ? XLSX : Downloads.CSV, name, file);
  }
}
