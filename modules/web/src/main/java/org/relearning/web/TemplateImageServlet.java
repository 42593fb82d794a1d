package org.relearning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.certificate.template.TemplateImage;
import org.relearning.platform.error.BusinessException;

/**
 * {@code /admin/template-images/{id}}: a certificate template's picture, for the administrators of
 * its library (thumbnails on the designer page). Pictures never change, so browsers may keep them.
 */
@WebServlet("/admin/template-images/*")
public class TemplateImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateTemplates templates;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TemplateImage image;
    try {
      image = templates.image(Long.parseLong(path.substring(1)));
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] data = image.getData();
    res.setContentType(image.getContentType());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, max-age=86400, immutable");
    res.setContentLength(data.length);
    res.getOutputStream().write(data);
  }
}
