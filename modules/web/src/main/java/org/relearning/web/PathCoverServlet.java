package org.relearning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.relearning.learning.curriculum.CurriculumCover;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.platform.error.BusinessException;

/**
 * {@code /path-covers/{id}}: a career path's cover picture, for whoever may see the path (everyone,
 * once it is published). A new upload is a new address, so browsers may keep a picture for long.
 */
@WebServlet("/path-covers/*")
public class PathCoverServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurriculumService curricula;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CurriculumCover cover;
    try {
      cover = curricula.cover(Long.parseLong(path.substring(1)));
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] data = cover.getData();
    res.setContentType(cover.getContentType());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    res.setHeader("Cache-Control", "private, max-age=86400, immutable");
    res.setContentLength(data.length);
    res.getOutputStream().write(data);
  }
}
