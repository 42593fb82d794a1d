package org.relearning.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.relearning.platform.i18n.Languages;

/** Remembers a language picked with {@code ?lang=}, for the session and for the next visit. */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "relearn-lang";
  private static final String ATTRIBUTE = "relearn.lang";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    req.setCharacterEncoding("UTF-8");
    String asked = req.getParameter("lang");
    if (asked != null && ("th".equals(asked) || "en".equals(asked))) {
      req.setAttribute(ATTRIBUTE, asked);
      Cookie cookie = new Cookie(COOKIE, asked);
      cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setSecure(req.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      res.addCookie(cookie);
    }
    chain.doFilter(req, res);
  }

  /** The language for a request: asked now, remembered in a cookie, or the browser's. */
  public static Locale localeOf(HttpServletRequest req) {
    Object now = req.getAttribute(ATTRIBUTE);
    if (now instanceof String tag) {
      return Languages.fromTag(tag);
    }
    if (req.getCookies() != null) {
      for (Cookie c : req.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          return Languages.fromTag(c.getValue());
        }
      }
    }
    Locale browser = req.getLocale();
    return browser == null || req.getHeader("Accept-Language") == null
        ? Languages.THAI
        : Languages.closest(browser);
  }
}
