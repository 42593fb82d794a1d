package org.relearning.course;

import java.math.BigDecimal;
import org.relearning.platform.error.BusinessException;

/**
 * How long a course takes a learner, in hours: more than zero, at most {@link #MAX}, with at most
 * one decimal ({@code 1.5}). Unknown is allowed (null): courses written before this was asked.
 */
public final class EstimatedHours {

  public static final int MAX = 500;
  public static final int SCALE = 1;

  /** Digits the column holds: {@code 500.0} needs four. */
  public static final int PRECISION = 4;

  private EstimatedHours() {}

  /** The hours as stored ({@code 2} and {@code 2.0} are one value), or a refusal. */
  public static BigDecimal checked(BigDecimal hours) {
    if (hours == null) {
      return null;
    }
    if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      throw new BusinessException("course.hours.range", MAX);
    }
    BigDecimal plain = hours.stripTrailingZeros();
    if (plain.scale() > SCALE) {
      throw new BusinessException("course.hours.decimals");
    }
    return plain.setScale(SCALE);
  }
}
