package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;

/** Who is signed in, for views deciding what to offer (services decide what is allowed). */
@Named("me")
@RequestScoped
public class Session {

  @Inject private Callers callers;
  @Inject private SecurityContext security;
  @Inject private Language language;

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

  public boolean isInstructor() {
    return security.isCallerInRole("INSTRUCTOR");
  }

  public boolean isAdministrator() {
    return security.isCallerInRole("LIBRARY_ADMIN");
  }

  public boolean isSystemAdministrator() {
    return security.isCallerInRole("SYSTEM_ADMIN");
  }
}
