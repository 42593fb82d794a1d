package org.relearning.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Shows a service's refusal as a translated message on the page (or as a 403/404 page when the page
 * itself cannot be shown), never as a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        it.hasNext(); ) {
      Throwable root = it.next().getContext().getException();
      BusinessException business = businessCause(root);
      if (business == null) {
        continue;
      }
      it.remove();
      if (business instanceof AccessDeniedException || business instanceof NotFoundException) {
        LOG.info(() -> "Refused: " + business.getMessage());
        boolean pageCannotShow = !faces.isPostback();
        if (pageCannotShow && !faces.getPartialViewContext().isAjaxRequest()) {
          sendError(faces, business instanceof AccessDeniedException ? 403 : 404);
          continue;
        }
      }
      Messages.error(business.messageKey(), (Object[]) business.arguments());
      faces.validationFailed();
      faces.renderResponse();
    }
    getWrapped().handle();
  }

  private static void sendError(FacesContext faces, int status) {
    try {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).sendError(status);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BusinessException businessCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BusinessException b) {
        return b;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
