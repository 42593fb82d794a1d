package org.relearning.certificate.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkIssueServiceTest {

  @Test
  void fileNamesAreCodeDashUsernameInAsciiOnly() {
    assertThat(BulkIssueService.fileName("ABCD-EFGH", "somsri.j"))
        .isEqualTo("ABCD-EFGH-somsri.j.pdf");
    assertThat(BulkIssueService.fileName("ABCD-EFGH", "สมศรี/../x"))
        .isEqualTo("ABCD-EFGH-______.._x.pdf")
        .matches("[A-Za-z0-9._-]+");
  }

  @Test
  void aClassListDropsBlanksAndRepeatsKeepingItsOrder() {
    assertThat(BulkIssueService.distinct(Arrays.asList(" b-one ", "", null, "a-two", "B-ONE", "c")))
        .containsExactly("b-one", "a-two", "c");
    assertThat(BulkIssueService.distinct(null)).isEmpty();
    assertThat(BulkIssueService.distinct(List.of("  "))).isEmpty();
  }
}
