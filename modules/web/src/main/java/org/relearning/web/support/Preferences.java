package org.relearning.web.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.relearning.identity.account.Account;

/**
 * The reader's choices of language and text size, kept in cookies on the device (by {@link
 * LanguageFilter} and {@link TextSizeFilter}) and on the account of whoever is signed in, so that
 * signing in on a new device (a library's computer) starts with what the person picked before.
 */
public final class Preferences {

  private static final int YEAR_SECONDS = 365 * 24 * 3600;

  private Preferences() {}

  /** Keeps a choice on this device for a year. */
  static void remember(HttpServletRequest req, HttpServletResponse res, String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    cookie.setMaxAge(YEAR_SECONDS);
    cookie.setHttpOnly(true);
    cookie.setSecure(req.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    res.addCookie(cookie);
  }

  /**
   * After signing in: the account's language and text size, for whichever of the two this device
   * has not been given a choice of yet. A choice made on the device stays.
   */
  public static void applyOnSignIn(HttpServletRequest req, HttpServletResponse res, Account a) {
    if (!has(req, LanguageFilter.COOKIE) && a.getLanguage() != null) {
      remember(req, res, LanguageFilter.COOKIE, a.getLanguage());
    }
    if (!has(req, TextSizeFilter.COOKIE) && a.isLargeText()) {
      remember(req, res, TextSizeFilter.COOKIE, TextSizeFilter.LARGE);
    }
  }

  private static boolean has(HttpServletRequest req, String cookie) {
    return req.getCookies() != null
        && Arrays.stream(req.getCookies()).anyMatch(c -> cookie.equals(c.getName()));
  }
}
