package org.relearning.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.support.LanguageFilter;
import org.relearning.web.support.Messages;

/**
 * A service's refusal as a JSON answer with the right status, its message key and the message in
 * the caller's language. The quiz-taking API answers 409 when the attempt's state forbids the call
 * (submitted, time up, quiz closed) and 422 for other refusals; the older resources answer 400.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  /** Refusals that depend on where the attempt or quiz stands, not on what was sent. */
  static final Set<String> CONFLICTS =
      Set.of(
          "attempt.alreadySubmitted",
          "attempt.timeUp",
          "attempt.pageLeft",
          "attempt.notSubmitted",
          "quiz.notOpenYet",
          "quiz.closed",
          "quiz.noAttemptsLeft",
          "quiz.noQuestions");

  /**
   * The refusals of the admission gates ({@link org.relearning.web.support.CompletionGate}, {@link
   * org.relearning.web.support.StartGate}) start with this: retry, nothing was done.
   */
  static final String BUSY = "busy.";

  @Context private SecurityContext security;
  @Context private ResourceInfo resource;
  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(BusinessException e) {
    if (e instanceof AccessDeniedException
        && security != null
        && security.getUserPrincipal() == null) {
      // not signed in: ask for credentials rather than refuse
      return Response.status(401)
          .header("WWW-Authenticate", "Basic realm=\"Relearn\", charset=\"UTF-8\"")
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "error.signInRequired"))
          .build();
    }
    if (e.messageKey() != null && e.messageKey().startsWith(BUSY)) {
      // too many finishing or starting at once: nothing was done, the request may simply come again
      return Response.status(503)
          .header("Retry-After", "5")
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", e.messageKey(), "message", message(e)))
          .build();
    }
    int status =
        e instanceof NotFoundException
            ? 404
            : e instanceof AccessDeniedException ? 403 : refusalStatus(e.messageKey());
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", e.messageKey(), "message", message(e)))
        .build();
  }

  private int refusalStatus(String key) {
    boolean takingQuiz = resource != null && resource.getResourceClass() == AttemptResource.class;
    if (!takingQuiz) {
      return 400;
    }
    return CONFLICTS.contains(key) ? 409 : 422;
  }

  private String message(BusinessException e) {
    Locale locale = request == null ? Languages.THAI : LanguageFilter.localeOf(request);
    return Messages.text(locale, e.messageKey(), (Object[]) e.arguments());
  }
}
