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
import org.relearning.identity.account.AccountService;

/**
 * Remembers the larger text picked with {@code ?text=large} (or turned off with {@code
 * ?text=normal}) in a cookie, so an older learner picks it once on a phone and keeps it, signed in
 * or not; and on the account of whoever is signed in, for the next device ({@link Preferences}).
 */
@WebFilter(urlPatterns = "/*")
public class TextSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "relearn-text";
  static final String PARAMETER = "text";
  static final String LARGE = "large";
  static final String NORMAL = "normal";
  private static final String ATTRIBUTE = "relearn.text";

  @EJB private AccountService accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String asked = askedIn(req.getQueryString());
    if (LARGE.equals(asked) || NORMAL.equals(asked)) {
      req.setAttribute(ATTRIBUTE, asked);
      // "normal" is kept too: a choice made on this device outlasts the account's on signing in
      Preferences.remember(req, res, COOKIE, asked);
      if (req.getUserPrincipal() != null) {
        accounts.rememberChoice(req.getUserPrincipal().getName(), null, LARGE.equals(asked));
      }
    }
    chain.doFilter(req, res);
  }

  /**
   * The size asked for in the query string. Read from the query string itself: reading a parameter
   * would parse a form's body before the request's character encoding is set, and garble Thai.
   */
  static String askedIn(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.equals(PARAMETER + "=" + LARGE) || pair.equals(PARAMETER + "=" + NORMAL)) {
        return pair.substring(PARAMETER.length() + 1);
      }
    }
    return null;
  }

  /** Whether this request shows the larger text: asked for now, or remembered. */
  static boolean isLarge(HttpServletRequest req) {
    if (req.getAttribute(ATTRIBUTE) instanceof String now) {
      return LARGE.equals(now);
    }
    if (req.getCookies() != null) {
      for (Cookie c : req.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          return LARGE.equals(c.getValue());
        }
      }
    }
    return false;
  }
}
