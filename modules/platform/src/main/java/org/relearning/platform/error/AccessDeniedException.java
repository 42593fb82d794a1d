package org.relearning.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * The caller is signed in but may not do this: refused by the service, whatever the view showed.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String action) {
    super("error.accessDenied", action);
  }
}
