package org.relearning.platform.error;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, String.valueOf(id));
  }
}
