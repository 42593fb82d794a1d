package org.relearning.course.media;

import jakarta.ejb.ApplicationException;
import org.relearning.platform.error.BusinessException;

/** An uploaded file the platform will not keep: wrong kind, dangerous, or too large. */
@ApplicationException(rollback = true)
public class MediaRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public MediaRefusedException(String messageKey, String fileName) {
    super(messageKey, fileName);
  }
}
