package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.certificate.template.TemplateImage;
import org.relearning.web.support.Downloads;

/**
 * {@code /admin/template-images/{id}}: a certificate template's picture, for the administrators of
 * its library (thumbnails on the designer page). Pictures never change, so browsers may keep them.
 */
@WebServlet("/admin/template-images/*")
public class TemplateImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateTemplates templates;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<TemplateImage> image = Downloads.forPathId(req, res, templates::image);
    if (image.isPresent()) {
      Downloads.sendPicture(res, image.get().getContentType(), image.get().getData());
    }
  }
}
