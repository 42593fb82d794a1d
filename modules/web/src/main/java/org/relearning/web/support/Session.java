package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.Map;
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
  private final Map<String, Boolean> roles = new HashMap<>(4);

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
    return inRole("INSTRUCTOR");
  }

  public boolean isAdministrator() {
    return inRole("LIBRARY_ADMIN");
  }

  public boolean isSystemAdministrator() {
    return inRole("SYSTEM_ADMIN");
  }

  /** Asked once per role and request: the layout asks on every page, some roles several times. */
  private boolean inRole(String role) {
    return roles.computeIfAbsent(role, security::isCallerInRole);
  }
}
