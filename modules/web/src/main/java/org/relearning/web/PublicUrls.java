package org.relearning.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

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

  /**
   * The base for a link sent by e-mail, where a forged {@code Host} header would send someone's
   * password link to a stranger's site: {@code RELEARN_BASE_URL}, or the request's own address only
   * when it names this very server (its address, its name, or localhost on loopback); otherwise
   * none, and no such link is sent.
   */
  public static Optional<String> mailBase(HttpServletRequest req) {
    String configured = System.getenv("RELEARN_BASE_URL");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(base(req));
    }
    String named = req.getServerName();
    String localAddr = req.getLocalAddr();
    boolean loopback =
        localAddr != null
            && (localAddr.startsWith("127.")
                || "::1".equals(localAddr)
                || "0:0:0:0:0:0:0:1".equals(localAddr));
    boolean thisServer =
        named != null
            && (named.equalsIgnoreCase(localAddr)
                || named.equalsIgnoreCase(req.getLocalName())
                || (loopback && ("localhost".equalsIgnoreCase(named) || named.startsWith("127."))));
    return thisServer ? Optional.of(base(req)) : Optional.empty();
  }

  public static String verifyBase(HttpServletRequest req) {
    return base(req) + "/verify/";
  }
}
