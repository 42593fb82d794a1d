package org.relearning.web.author;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.web.support.Downloads;
import org.relearning.web.support.LanguageFilter;

/**
 * {@code /author/results.csv?quiz=Q}: the quiz's submitted attempts as a spreadsheet, for the
 * authors of its course. Anyone else gets 403, and a quiz that does not exist 404.
 */
@WebServlet("/author/results.csv")
public class ResultsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private QuizReports reports;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long quizId;
    try {
      quizId = Long.parseLong(req.getParameter("quiz"));
    } catch (NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = LanguageFilter.localeOf(req);
    byte[] csv;
    try {
      csv = reports.csv(reports.report(quizId, locale).attempts(), locale);
    } catch (AccessDeniedException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.send(res, Downloads.CSV, "quiz-" + quizId + "-attempts.csv", csv);
  }
}
