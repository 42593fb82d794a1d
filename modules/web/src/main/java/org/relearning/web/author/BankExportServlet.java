package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.relearning.platform.error.BusinessException;
import org.relearning.quiz.BankService;

/**
 * {@code /author/bank-export?category=ID&format=GIFT|MOODLEXML}: a category's questions as a file
 * to download. The bank service decides who may read the category; anyone else gets 404.
 */
@WebServlet("/author/bank-export")
public class BankExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private BankService banks;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<BankService.Format> format =
        BankService.Format.parse(req.getParameter("format"))
            .filter(f -> f != BankService.Format.AIKEN);
    long category;
    try {
      category = Long.parseLong(String.valueOf(req.getParameter("category")));
    } catch (NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (format.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String text;
    try {
      text = banks.export(category, format.get());
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RuntimeException e) {
      if (AuthorBankBacking.isBusiness(e)) {
        res.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    boolean xml = format.get() == BankService.Format.MOODLEXML;
    res.setContentType(xml ? "application/xml" : "text/plain");
    res.setCharacterEncoding("UTF-8");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"questions-" + category + (xml ? ".xml" : ".gift.txt") + "\"");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
