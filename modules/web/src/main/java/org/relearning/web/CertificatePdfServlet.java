package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.relearning.certificate.CertificateService;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.support.LanguageFilter;

/**
 * {@code /certificates/{id}.pdf?lang=th|en}: the PDF for its holder and their administrators. Other
 * callers get 404, as if it did not exist.
 */
@WebServlet("/certificates/*")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;

  /** {@code ?digits=thai} writes the date in Thai numerals; anything else in Arabic ones. */
  static Dates.Digits digits(HttpServletRequest req) {
    return "thai".equalsIgnoreCase(req.getParameter("digits"))
        ? Dates.Digits.THAI
        : Dates.Digits.ARABIC;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo();
    if (path == null || !path.endsWith(".pdf")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String uid = path.substring(1, path.length() - 4);
    String lang = req.getParameter("lang");
    var locale = lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(req);
    byte[] pdf;
    try {
      pdf = certificates.renderPdf(uid, locale, digits(req), PublicUrls.verifyBase(req));
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType("application/pdf");
    res.setHeader("Content-Disposition", "inline; filename=\"certificate-" + uid + ".pdf\"");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(pdf.length);
    res.getOutputStream().write(pdf);
  }
}
