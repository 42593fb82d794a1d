package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * The impact report on a 360 px phone, in Thai: the demo library's librarian opens it from the
 * navigation, sees a month per row with Buddhist-era names, the total and a drawn chart, groups it
 * by course, and downloads the CSV: it holds exactly the rows and numbers the page shows. The XLSX
 * downloads too; another library's figures are refused, and so is a stranger.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsJourneyIT {

  private static final String PASSWORD = demoPassword();

  // what the Thai pages say (messages_th.properties)
  private static final String COURSE_TH = "หลักสูตร";
  private static final String MONTH_TH = "เดือน";

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
  void theLibrarianReadsTheReportAndTheCsvHoldsTheSameNumbers() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        browser.forgetEveryone();
        LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
        assertThat(browser.driver().findElement(By.id("nav-reports")).getAttribute("href"))
            .endsWith(ReportsAdminPage.PATH);
        ReportsAdminPage page = ReportsAdminPage.open(browser);
        assertThat(page.headers()).first().isEqualTo(MONTH_TH);
        List<List<String>> months = page.rows();
        assertThat(months).hasSize(12);
        String buddhistYear =
            String.valueOf(
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543);
        assertThat(months.get(11).get(0)).endsWith(buddhistYear);
        assertThat(page.chartDrawn()).as("the chart is drawn").isTrue();
        assertThat(page.chartLabel()).isNotBlank();
        assertThat(page.pathTitles())
            .as("the library's career paths, each linking to where its learners stop")
            .contains("ผู้ประกอบการขนมไทย / Thai dessert entrepreneur");
        assertThat(browser.overflowsSideways()).as("fits a 360 px phone").isFalse();
        browser.screenshot("r01-report-months-th");
        sameInTheCsv(browser, page);

        page.groupBy(COURSE_TH).show();
        assertThat(page.headers()).first().isEqualTo(COURSE_TH);
        assertThat(page.chartDrawn()).isTrue();
        browser.screenshot("r02-report-courses-th");
        sameInTheCsv(browser, page);

        HttpResponse<byte[]> xlsx = browser.getWithBrowserCookies(page.downloadPath("xlsx"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        String forged = page.downloadPath("csv") + "&library=" + Long.MAX_VALUE;
        assertThat(browser.getWithBrowserCookies(forged).statusCode())
            .as("another library's figures are refused")
            .isEqualTo(403);
        assertThat(browser.getAnonymously(page.downloadPath("csv")).body())
            .as("a stranger gets the sign-in page, not figures")
            .doesNotContain(COURSE_TH + ",");
        page.signOut();
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("reports-failure");
        throw e;
      }
    }
  }

  /** The CSV of what the page shows holds the page's headers, rows and total, cell for cell. */
  private static void sameInTheCsv(Browser browser, ReportsAdminPage page)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> csv = browser.getWithBrowserCookies(page.downloadPath("csv"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> records = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      records.add(r.toList());
    }
    List<List<String>> shown = new ArrayList<>();
    shown.add(page.headers());
    shown.addAll(page.rows());
    shown.add(page.total());
    assertThat(records).isEqualTo(shown);
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
