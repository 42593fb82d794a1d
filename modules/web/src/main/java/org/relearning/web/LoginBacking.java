package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.relearning.identity.account.AccountService;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Preferences;

/** The sign-in page: one message for any failure, a fresh session id on success. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;

  @NotBlank private String username;
  @NotBlank private String password;
  private String continueTo;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest req = (HttpServletRequest) ext.getRequest();
    if (req.getSession(false) != null) {
      req.changeSessionId();
    }
    AuthenticationStatus status =
        security.authenticate(
            req,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SUCCESS -> {
        accounts
            .findByUsername(username)
            .ifPresent(
                a -> Preferences.applyOnSignIn(req, (HttpServletResponse) ext.getResponse(), a));
        ext.redirect(ext.getRequestContextPath() + safeTarget());
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Messages.error("login.failed");
    }
  }

  /** Only paths inside this application: an open redirect would help phishing. */
  private String safeTarget() {
    if (continueTo != null
        && continueTo.startsWith("/")
        && !continueTo.startsWith("//")
        && !continueTo.contains("\\")
        && !continueTo.startsWith("/login.xhtml")) {
      return continueTo;
    }
    return security.isCallerInRole("INSTRUCTOR") ? "/author/index.xhtml" : "/learn/index.xhtml";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
