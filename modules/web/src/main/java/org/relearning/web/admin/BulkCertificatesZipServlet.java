package org.relearning.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.relearning.certificate.bulk.BulkIssueJob;
import org.relearning.certificate.bulk.BulkIssueService;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.LanguageFilter;

/**
 * {@code /admin/certificates-bulk.zip?job=ID&lang=th|en}: the PDFs of the certificates a finished
 * class job issued, as one ZIP written as it is built. Only the administrator who started the job
 * gets it; anyone else, and an unfinished job, get 404.
 */
@WebServlet("/admin/certificates-bulk.zip")
public class BulkCertificatesZipServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private BulkIssueService bulk;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String jobId = req.getParameter("job");
    BulkIssueJob job;
    try {
      job = bulk.job(jobId);
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!job.isFinished()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String lang = req.getParameter("lang");
    Locale locale = lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(req);
    Dates.Digits digits =
        "thai".equalsIgnoreCase(req.getParameter("digits"))
            ? Dates.Digits.THAI
            : Dates.Digits.ARABIC;
    res.setContentType("application/zip");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"certificates-" + job.getCourseId() + ".zip\"");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    bulk.writeZip(jobId, res.getOutputStream(), locale, digits, PublicUrls.verifyBase(req));
  }
}
