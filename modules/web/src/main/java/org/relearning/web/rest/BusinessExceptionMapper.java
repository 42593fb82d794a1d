package org.relearning.web.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/** A service's refusal as a JSON answer with the right status, never a stack trace. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<EJBException> {

  @Override
  public Response toResponse(EJBException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (!(cause instanceof BusinessException business)) {
      return Response.serverError()
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "error.general"))
          .build();
    }
    int status =
        business instanceof NotFoundException
            ? 404
            : business instanceof AccessDeniedException ? 403 : 400;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", business.messageKey()))
        .build();
  }
}
