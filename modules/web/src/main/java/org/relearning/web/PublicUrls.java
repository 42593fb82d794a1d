package org.relearning.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Addresses printed on paper (the QR code) must be the public ones: {@code RELEARN_BASE_URL} when
 * set (behind a proxy), otherwise what this request came in on.
 */
public final class PublicUrls {

  private PublicUrls() {}

  public static String base(HttpServletRequest req) {
    String configured = System.getenv("RELEARN_BASE_URL");
    if (configured != null && !configured.isBlank()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    String scheme = req.getScheme();
    int port = req.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + req.getServerName()
        + (defaultPort ? "" : ":" + port)
        + req.getContextPath();
  }

  public static String verifyBase(HttpServletRequest req) {
    return base(req) + "/verify/";
  }
}
