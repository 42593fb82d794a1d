package org.relearning.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/** A service's refusal as a JSON answer with the right status and its message key. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private SecurityContext security;

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
    int status =
        e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403 : 400;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", e.messageKey()))
        .build();
  }
}
