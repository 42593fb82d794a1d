package org.relearning.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Files people download (spreadsheets, reports): saved rather than shown, never sniffed into
 * something else, and never kept by a shared cache, since they hold a library's own figures.
 */
public final class Downloads {

  public static final String CSV = "text/csv; charset=UTF-8";

  private Downloads() {}

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
