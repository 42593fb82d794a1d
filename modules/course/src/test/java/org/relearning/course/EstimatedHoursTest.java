package org.relearning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class EstimatedHoursTest {

  private static String refusal(String hours) {
    try {
      EstimatedHours.checked(new BigDecimal(hours));
      return null;
    } catch (BusinessException e) {
      return e.messageKey();
    }
  }

  @Test
  void hoursFromATenthToFiveHundredWithOneDecimal() {
    assertThat(EstimatedHours.checked(new BigDecimal("0.1"))).isEqualByComparingTo("0.1");
    assertThat(EstimatedHours.checked(new BigDecimal("1.5"))).isEqualByComparingTo("1.5");
    assertThat(EstimatedHours.checked(new BigDecimal("500"))).isEqualByComparingTo("500");
    assertThat(EstimatedHours.checked(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.5"));
    assertThat(EstimatedHours.checked(new BigDecimal("1E+2"))).isEqualTo(new BigDecimal("100.0"));
    assertThat(EstimatedHours.checked(null)).isNull();
  }

  @Test
  void zeroNegativeAndTooManyAreRefused() {
    assertThat(refusal("0")).isEqualTo("course.hours.range");
    assertThat(refusal("-1")).isEqualTo("course.hours.range");
    assertThat(refusal("500.1")).isEqualTo("course.hours.range");
    assertThat(refusal("1e999999999")).isEqualTo("course.hours.range");
  }

  @Test
  void moreThanOneDecimalIsRefused() {
    assertThat(refusal("1.25")).isEqualTo("course.hours.decimals");
    assertThat(refusal("0.05")).isEqualTo("course.hours.decimals");
  }

  @Test
  void theEntityChecksToo() {
    Course course = new Course(1L, 2L, "ขนมครก", null, java.time.Instant.EPOCH);
    assertThatThrownBy(() -> course.setEstimatedHours(BigDecimal.ZERO))
        .isInstanceOf(BusinessException.class);
    course.setEstimatedHours(new BigDecimal("12"));
    assertThat(course.getEstimatedHours()).isEqualTo(new BigDecimal("12.0"));
  }
}
