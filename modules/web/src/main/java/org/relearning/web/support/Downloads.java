package org.relearning.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;

/**
 * Files people download (spreadsheets, reports): saved rather than shown, never sniffed into
 * something else, and never kept by a shared cache, since they hold a library's own figures.
 */
public final class Downloads {

  public static final String CSV = "text/csv; charset=UTF-8";

  private Downloads() {}

  /**
   * What the service gives for the id in the request parameter, or empty once the refusal was
   * answered: 404 for an id that is not a number or that the service refused, 403 for a caller it
   * does not allow. The service decides; the servlet only translates.
   */
  public static <T> Optional<T> forId(
      HttpServletRequest req, HttpServletResponse res, String parameter, LongFunction<T> service)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter(parameter));
    } catch (NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return Optional.empty();
    }
    try {
      return Optional.of(service.apply(id));
    } catch (AccessDeniedException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
    return Optional.empty();
  }

  /** Sends {@code body} as a file named {@code fileName} (plain ASCII) of the given type. */
  public static void send(HttpServletResponse res, String contentType, String fileName, byte[] body)
      throws IOException {
    res.setContentType(contentType);
    res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  /**
   * What the service gives for the id at the end of the path ({@code /12}), or empty once a 404 was
   * answered: for a path that is no id, or an id the service refuses or does not know.
   */
  public static <T> Optional<T> forPathId(
      HttpServletRequest req, HttpServletResponse res, LongFunction<T> service) throws IOException {
    String path = req.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return Optional.empty();
    }
    try {
      return Optional.of(service.apply(Long.parseLong(path.substring(1))));
    } catch (BusinessException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return Optional.empty();
    }
  }

  /**
   * Sends a stored picture that never changes (a new upload is a new address), so the caller's
   * browser may keep it for a day; shown in pages, never run as one.
   */
  public static void sendPicture(HttpServletResponse res, String contentType, byte[] data)
      throws IOException {
    res.setContentType(contentType);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    res.setHeader("Cache-Control", "private, max-age=86400, immutable");
    res.setContentLength(data.length);
    res.getOutputStream().write(data);
  }
}
