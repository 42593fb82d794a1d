package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;

/**
 * {@code /verify/{code}} (what the QR code holds) and {@code /verify?code=} (the form): looks the
 * code up and shows the verify page, with 404 for codes that match nothing.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String RESULT = "relearn.verify.result";
  static final String LOOKED_UP = "relearn.verify.lookedUp";

  @EJB private CertificateService certificates;
  @Inject private VerifyRateLimit rateLimit;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    String code =
        req.getPathInfo() != null ? req.getPathInfo().substring(1) : req.getParameter("code");
    Optional<Certificate> found = certificates.verify(code);
    req.setAttribute(LOOKED_UP, Boolean.TRUE);
    found.ifPresent(c -> req.setAttribute(RESULT, c));
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Robots-Tag", "noindex");
    if (found.isEmpty()) {
      res.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    req.getRequestDispatcher("/verify.xhtml").forward(req, res);
  }
}
