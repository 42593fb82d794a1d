package org.relearning.web.author;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
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
    Locale locale = LanguageFilter.localeOf(req);
    Optional<byte[]> csv =
        Downloads.forId(
            req, res, "quiz", quiz -> reports.csv(reports.report(quiz, locale).attempts(), locale));
    if (csv.isPresent()) {
      String name = "quiz-" + req.getParameter("quiz").strip() + "-attempts.csv";
      Downloads.send(res, Downloads.CSV, name, csv.get());
    }
  }
}
