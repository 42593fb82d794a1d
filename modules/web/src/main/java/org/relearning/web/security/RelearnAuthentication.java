package org.relearning.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One mechanism for both doors: HTTP Basic for {@code /api} (and any request that sends it), the
 * login page for everything else. Jakarta Security 3 allows one mechanism per application, so the
 * choice is made here, per request.
 *
 * <p>A sign-in is remembered in the HTTP session (JSESSIONID) with the caller's name and groups, so
 * that later requests need no password and no PBKDF2 hashing. Each request hands the container the
 * groups explicitly: with {@code @AutoApplySession} the container rebuilt them from the session
 * itself, which under load sometimes lost them and answered 403 to signed-in learners (Payara issue
 * 6145).
 */
@ApplicationScoped
public class RelearnAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(RelearnAuthentication.class.getName());
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String SIGNED_IN = RelearnAuthentication.class.getName() + ".signedIn";

  /** Who signed in on this session, and their groups. */
  record SignedIn(String name, Set<String> groups) implements Serializable {}

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    Credential fromLoginPage = ctx.getAuthParameters().getCredential();
    if (fromLoginPage != null) {
      return login(fromLoginPage, ctx, false, req);
    }
    String header = req.getHeader("Authorization");
    UsernamePasswordCredential basic = null;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      basic = decodeBasic(header.substring(6).trim());
      if (basic == null) {
        return challenge(res, ctx);
      }
    }
    SignedIn remembered = remembered(req);
    if (remembered != null
        && !ctx.isAuthenticationRequest()
        && (basic == null || remembered.name().equalsIgnoreCase(basic.getCaller()))) {
      return ctx.notifyContainerAboutLogin(remembered.name(), remembered.groups());
    }
    if (basic != null) {
      return login(basic, ctx, true, req);
    }
    if (!ctx.isProtected()) {
      return ctx.doNothing();
    }
    if (isApi(req)) {
      return challenge(res, ctx);
    }
    String target = req.getRequestURI().substring(req.getContextPath().length());
    if (req.getQueryString() != null) {
      target += "?" + req.getQueryString();
    }
    return ctx.redirect(
        req.getContextPath()
            + LOGIN_PAGE
            + "?continue="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  private AuthenticationStatus login(
      Credential credential, HttpMessageContext ctx, boolean basic, HttpServletRequest req) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      if (req.getSession(false) != null) {
        // a session that existed before signing in gets a new id: a planted id is worth nothing
        req.changeSessionId();
      }
      req.getSession(true)
          .setAttribute(
              SIGNED_IN,
              new SignedIn(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return ctx.notifyContainerAboutLogin(result);
    }
    LOG.info(() -> "Failed sign-in from " + req.getRemoteAddr() + (basic ? " (API)" : ""));
    // A failed sign-in on the login page is not an HTTP error: the page shows its own message.
    return basic ? challenge(ctx.getResponse(), ctx) : AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(req, res, ctx);
  }

  private static SignedIn remembered(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      return session.getAttribute(SIGNED_IN) instanceof SignedIn s ? s : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  private static AuthenticationStatus challenge(HttpServletResponse res, HttpMessageContext ctx) {
    res.setHeader("WWW-Authenticate", "Basic realm=\"Relearn\", charset=\"UTF-8\"");
    return ctx.responseUnauthorized();
  }

  private static boolean isApi(HttpServletRequest req) {
    return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 1
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
