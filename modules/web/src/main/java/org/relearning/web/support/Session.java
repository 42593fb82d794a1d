package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.web.SignOutServlet;

/** Who is signed in, for views deciding what to offer (services decide what is allowed). */
@Named("me")
@RequestScoped
public class Session {

  @Inject private Callers callers;
  @Inject private Language language;
  @Inject private HttpServletRequest request;

  private Optional<Caller> caller;

  private Optional<Caller> caller() {
    if (caller == null) {
      caller = callers.find();
    }
    return caller;
  }

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  public String getName() {
    return caller().map(c -> c.name(language.getLocale())).orElse("");
  }

  /** The token the header's sign-out form posts, which {@link SignOutServlet} checks. */
  public String getSignOutToken() {
    return SignOutServlet.token(request.getSession());
  }

  public boolean isInstructor() {
    return has(Role.INSTRUCTOR);
  }

  public boolean isAdministrator() {
    return has(Role.LIBRARY_ADMIN);
  }

  public boolean isSystemAdministrator() {
    return has(Role.SYSTEM_ADMIN);
  }

  /**
   * From the account as the services see it (read at most every few seconds), not from the security
   * context, which took a tenth of a millisecond per question and the layout asks on every page; a
   * role changed since sign-in shows in the menus as it counts in the services.
   */
  private boolean has(Role role) {
    return caller().map(c -> c.has(role)).orElse(false);
  }
}
