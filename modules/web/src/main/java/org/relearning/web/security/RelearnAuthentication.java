package org.relearning.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * One mechanism for both doors: HTTP Basic for {@code /api} (and any request that sends it), the
 * login page for everything else. Jakarta Security 3 allows one mechanism per application, so the
 * choice is made here, per request.
 */
@ApplicationScoped
@AutoApplySession
public class RelearnAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(RelearnAuthentication.class.getName());
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    Credential fromLoginPage = ctx.getAuthParameters().getCredential();
    if (fromLoginPage != null) {
      return login(fromLoginPage, ctx, false, req);
    }
    String header = req.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(header.substring(6).trim());
      if (basic == null) {
        return challenge(res, ctx);
      }
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
      return ctx.notifyContainerAboutLogin(result);
    }
    LOG.info(() -> "Failed sign-in from " + req.getRemoteAddr() + (basic ? " (API)" : ""));
    // A failed sign-in on the login page is not an HTTP error: the page shows its own message.
    return basic ? challenge(ctx.getResponse(), ctx) : AuthenticationStatus.SEND_FAILURE;
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
