package org.relearning.web.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relearning.platform.error.BusinessException;

/**
 * Unexpected failures inside a service: logged with their cause, answered without a stack trace.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Context private Providers providers;

  @Override
  public Response toResponse(EJBException e) {
    if (e.getCause() instanceof BusinessException business) {
      return providers.getExceptionMapper(BusinessException.class).toResponse(business);
    }
    LOG.log(Level.SEVERE, "API request failed", e);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", "error.general"))
        .build();
  }
}
