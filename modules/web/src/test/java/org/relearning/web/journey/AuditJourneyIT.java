package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit log on a 360 px phone, in Thai: a learner registers into the demo library; the
 * librarian opens the audit log from the navigation, filters it to accounts and security, to that
 * learner and to today, finds the registration in words with a Buddhist-era date, and opens the
 * entry's details.
 */
@ExtendWith(ArquillianExtension.class)
class AuditJourneyIT {

  private static final String PASSWORD = demoPassword();
  private static final String LIBRARY_TH = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";
  private static final String RETIREE_TH = "ผู้เกษียณอายุ";

  // what the Thai pages say (messages_th.properties)
  private static final String SECURITY_TH = "บัญชีและความปลอดภัย";
  private static final String CERTIFICATES_TH = "เกียรติบัตร";
  private static final String REGISTERED_TH = "สมัครเป็นผู้เรียน";

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private final String username = "audit-" + UUID.randomUUID().toString().substring(0, 6);

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @BeforeAll
  static void chromiumIsInstalled() {
    Browser.requireChromium();
  }

  @Test
  void theLibrarianFindsARegistrationInTheAuditLogAndOpensIt() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        learnerRegisters(browser);
        librarianFiltersTheLogAndOpensTheEntry(browser);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("audit-failure");
        throw e;
      }
    }
  }

  private void learnerRegisters(Browser browser) {
    browser.forgetEveryone();
    RegisterPage register = RegisterPage.fromLogin(LoginPage.open(browser, "th"));
    register
        .names("ทดสอบ บันทึก", "Audit Test")
        .account(username, "first-" + PASSWORD)
        .library(LIBRARY_TH)
        .ageGroup(RETIREE_TH)
        .consent();
    register.submit();
    new MyLearningPage(browser).signOut();
  }

  private void librarianFiltersTheLogAndOpensTheEntry(Browser browser) {
    LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
    assertThat(browser.driver().findElement(By.id("nav-audit")).getAttribute("href"))
        .endsWith(AuditAdminPage.PATH);
    AuditAdminPage page = AuditAdminPage.open(browser);
    assertThat(page.heading()).isNotBlank();
    assertThat(page.groups()).contains(SECURITY_TH, CERTIFICATES_TH);

    LocalDate today = LocalDate.now(BANGKOK);
    page.group(SECURITY_TH).actor(username).fromTodayToToday();
    assertThat(page.date("from")).isEqualTo(today.toString());
    assertThat(page.date("to")).isEqualTo(today.toString());
    page.search();
    List<AuditAdminPage.Row> rows =
        browser.waitFor(d -> page.rows().isEmpty() ? null : page.rows());
    assertThat(rows).hasSize(1);
    AuditAdminPage.Row row = rows.get(0);
    assertThat(row.actor()).isEqualTo(username);
    assertThat(row.actionName()).isEqualTo("account.registered");
    assertThat(row.action()).isEqualTo(REGISTERED_TH);
    assertThat(row.subject()).startsWith("account:");
    String buddhistYear =
        String.valueOf(
            ThaiBuddhistDate.from(today).get(java.time.temporal.ChronoField.YEAR_OF_ERA));
    assertThat(row.when()).contains(buddhistYear);
    assertThat(browser.overflowsSideways()).as("fits a 360 px phone").isFalse();
    browser.screenshot("a01-audit-filtered-th");

    AuditAdminPage.Entry entry = page.open(0);
    assertThat(entry.actor()).isEqualTo(username);
    assertThat(entry.action()).isEqualTo(REGISTERED_TH);
    assertThat(entry.subject()).isEqualTo(row.subject());
    assertThat(entry.when()).isEqualTo(row.when());
    browser.screenshotOfViewport("a02-audit-entry-th");
    page.closeEntry();

    page.group(CERTIFICATES_TH).search();
    browser.waitFor(d -> page.saysNoneMatch() ? true : null);
    assertThat(page.rows()).as("a registration is no certificate action").isEmpty();
    page.signOut();
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
