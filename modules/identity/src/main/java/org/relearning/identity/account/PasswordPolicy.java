package org.relearning.identity.account;

import org.relearning.platform.error.BusinessException;

/**
 * What a new password must be: long enough to resist guessing at the sign-in throttle's pace, and
 * short enough to hash quickly. No composition rules: a long Thai or English phrase is better than
 * a short mix of symbols, and learners on phones type it on small keyboards.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** Refuses a password that is too short or too long, with a translated reason. */
  public static void check(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new BusinessException("account.password.tooShort", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw new BusinessException("account.password.tooLong", MAX_LENGTH);
    }
    if (password.isBlank()) {
      throw new BusinessException("account.password.tooShort", MIN_LENGTH);
    }
  }
}
