package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathReport;
import org.relearning.web.support.Downloads;
import org.relearning.web.support.LanguageFilter;
import org.relearning.web.support.Messages;

/**
 * {@code /author/curriculum-report.csv?id=N}: a path's report as a spreadsheet (UTF-8 with a byte
 * order mark, so Excel reads Thai), for the path's authors. Anyone else gets 403, and a path that
 * does not exist 404.
 */
@WebServlet("/author/curriculum-report.csv")
public class PathReportCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CurriculumService curricula;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<PathReport> report = Downloads.forId(req, res, "id", curricula::report);
    if (report.isPresent()) {
      byte[] csv = csv(report.get(), LanguageFilter.localeOf(req)).getBytes(StandardCharsets.UTF_8);
      Downloads.send(
          res, Downloads.CSV, "path-" + report.get().curriculumId() + "-report.csv", csv);
    }
  }

  /** The summary, one row per course, then how many learners completed how many courses. */
  static String csv(PathReport report, Locale locale) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, label(locale, "curriculum.report.enrolled"), String.valueOf(report.enrolled()));
    row(out, label(locale, "curriculum.report.pathCompleted"), String.valueOf(report.completed()));
    out.append("\r\n");
    row(
        out,
        label(locale, "curriculum.report.course"),
        label(locale, "curriculum.report.kind"),
        label(locale, "curriculum.report.started"),
        label(locale, "curriculum.report.completed"));
    for (PathReport.CourseRow r : report.courses()) {
      row(
          out,
          r.title(),
          label(locale, r.required() ? "path.required" : "path.elective"),
          String.valueOf(r.started()),
          String.valueOf(r.completed()));
    }
    out.append("\r\n");
    row(
        out,
        label(locale, "curriculum.report.coursesCompleted"),
        label(locale, "curriculum.report.learners"));
    List<Integer> reached = report.reached();
    for (int i = 0; i < reached.size(); i++) {
      row(out, String.valueOf(i), String.valueOf(reached.get(i)));
    }
    return out.toString();
  }

  private static String label(Locale locale, String key) {
    return Messages.text(locale, key);
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting; a cell a spreadsheet would run as a formula is kept as text. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
