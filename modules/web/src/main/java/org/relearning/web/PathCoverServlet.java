package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.relearning.learning.curriculum.CurriculumCover;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.web.support.Downloads;

/**
 * {@code /path-covers/{id}}: a career path's cover picture, for whoever may see the path (everyone,
 * once it is published). A new upload is a new address, so browsers may keep a picture for long.
 */
@WebServlet("/path-covers/*")
public class PathCoverServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CurriculumService curricula;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<CurriculumCover> cover = Downloads.forPathId(req, res, curricula::cover);
    if (cover.isPresent()) {
      Downloads.sendPicture(res, cover.get().getContentType(), cover.get().getData());
    }
  }
}
