package org.relearning.web.support;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.relearning.identity.account.AccountService;
import org.relearning.platform.i18n.Languages;

/**
 * Remembers a language picked with {@code ?lang=}, on the device for the next visit and on the
 * account of whoever is signed in ({@link Preferences}).
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "relearn-lang";
  private static final String ATTRIBUTE = "relearn.lang";

  @EJB private AccountService accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    req.setCharacterEncoding("UTF-8");
    String asked = req.getParameter("lang");
    if (asked != null && ("th".equals(asked) || "en".equals(asked))) {
      req.setAttribute(ATTRIBUTE, asked);
      Preferences.remember(req, res, COOKIE, asked);
      if (req.getUserPrincipal() != null) {
        accounts.rememberChoice(req.getUserPrincipal().getName(), asked, null);
      }
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
