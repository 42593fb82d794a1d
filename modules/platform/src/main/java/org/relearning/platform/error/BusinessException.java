package org.relearning.platform.error;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A refusal a person can understand: carries a message key (looked up in the web bundles, in the
 * person's language) and its arguments, never a sentence. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Serializable[] arguments;

  public BusinessException(String messageKey, Serializable... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Serializable[] arguments() {
    return arguments.clone();
  }
}
