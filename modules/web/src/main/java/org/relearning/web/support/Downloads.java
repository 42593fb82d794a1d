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
}
