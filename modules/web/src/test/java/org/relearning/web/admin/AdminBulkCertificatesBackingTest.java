package org.relearning.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminBulkCertificatesBackingTest {

  @Test
  void pastedUsernamesAreOneALineOrTheFirstColumnOfCsvLines() {
    String pasted =
        "\uFEFFusername,name_th\r\n"
            + "somsri,สมศรี ใจดี\r\n"
            + "  manee  \n"
            + "\n"
            + "\"piti\";x\n"
            + "weera\twork\n";
    assertThat(AdminBulkCertificatesBacking.pastedUsernames(pasted))
        .containsExactly("somsri", "manee", "piti", "weera");
    assertThat(AdminBulkCertificatesBacking.pastedUsernames(null)).isEmpty();
  }
}
