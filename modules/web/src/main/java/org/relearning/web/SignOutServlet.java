package org.relearning.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code POST /sign-out}: signs the caller out, ends their session and goes to the home page. The
 * header's sign-out button is a plain form posting here with the session's sign-out token, so that
 * a page needs no Faces form (and no view state) just for the header; a post without the token, as
 * another site could forge, is refused with 403 and signs no one out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The form field and the session attribute holding the token. */
  static final String TOKEN = "relearn.signOutToken";

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The token the sign-out form sends, made once per session (a session ends at sign-out, so a
   * token never outlives it).
   */
  public static String token(HttpSession session) {
    Object token = session.getAttribute(TOKEN);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(TOKEN, made);
    return made;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    if (req.getUserPrincipal() == null) {
      // signed out already (the session ended while the page was open): nothing to refuse
      home(req, res);
      return;
    }
    HttpSession session = req.getSession(false);
    Object expected = session == null ? null : session.getAttribute(TOKEN);
    if (!(expected instanceof String token) || !same(token, req.getParameter(TOKEN))) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    req.logout();
    session.invalidate();
    home(req, res);
  }

  /** A link or a typed address signs no one out (a GET must change nothing): home, as before. */
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    home(req, res);
  }

  private static void home(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.sendRedirect(req.getContextPath() + "/index.xhtml");
  }

  private static boolean same(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
  }
}
