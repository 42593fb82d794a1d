package org.relearning.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void thaiLongDateUsesTheBuddhistEra() {
    assertThat(Dates.longDate(DAY, Languages.THAI)).isEqualTo("24 พฤศจิกายน 2569");
  }

  @Test
  void thaiDigitsOnRequest() {
    assertThat(Dates.longDate(DAY, Languages.THAI, Dates.Digits.THAI))
        .isEqualTo("๒๔ พฤศจิกายน ๒๕๖๙");
  }

  @Test
  void englishKeepsTheGregorianYear() {
    assertThat(Dates.longDate(DAY, Languages.ENGLISH)).isEqualTo("24 November 2026");
    assertThat(Dates.longDate(DAY, Languages.ENGLISH, Dates.Digits.THAI))
        .isEqualTo("24 November 2026");
  }

  @Test
  void fullThaiDateNamesTheEra() {
    assertThat(Dates.fullDate(DAY, Languages.THAI))
        .isEqualTo("วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569");
  }

  @Test
  void shortFormsForTables() {
    assertThat(Dates.shortDate(DAY, Languages.THAI)).isEqualTo("24 พ.ย. 2569");
    assertThat(Dates.shortDate(DAY, Languages.ENGLISH)).isEqualTo("24 Nov 2026");
    ZonedDateTime t = ZonedDateTime.of(2026, 1, 2, 14, 5, 0, 0, ZoneId.of("Asia/Bangkok"));
    assertThat(Dates.shortDateTime(t, Languages.THAI)).isEqualTo("2 ม.ค. 2569 14:05");
    assertThat(Dates.shortDateTime(t, Languages.ENGLISH)).isEqualTo("2 Jan 2026 14:05");
  }

  @Test
  void yearBoundaryFollowsTheCalendarYear() {
    assertThat(Dates.longDate(LocalDate.of(2027, 1, 1), Languages.THAI)).isEqualTo("1 มกราคม 2570");
  }
}
