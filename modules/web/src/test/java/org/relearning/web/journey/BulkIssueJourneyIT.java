package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The librarian issues certificates for a class held in the library, on a 360 px phone: imports
 * three new learners, ticks two in the list and pastes the third, starts, watches the progress
 * reach the end, reads each learner's result and downloads the PDFs as one ZIP.
 */
@ExtendWith(ArquillianExtension.class)
class BulkIssueJourneyIT {

  private static final String PASSWORD = demoPassword();
  private static final String DEMO_COURSE = "การทำขนมไทยเพื่ออาชีพที่สอง";

  // what the Thai pages say (messages_th.properties)
  private static final String TITLE_TH = "ออกเกียรติบัตรให้ทั้งชั้นเรียน";
  private static final String DONE_TH = "เสร็จแล้ว 3 จาก 3 คน";
  private static final String FINISHED_TH = "เสร็จสิ้น";
  private static final String ISSUED_TH = "ออกให้แล้ว";
  private static final String ZIP_TH = "ดาวน์โหลด PDF ทั้งหมด (ZIP)";

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
  void theLibrarianIssuesForAClassWatchesTheProgressAndDownloadsTheZip() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> learners = List.of("bk1-" + suffix, "bk2-" + suffix, "bk3-" + suffix);
        LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
        importLearners(browser, learners);

        BulkCertificatesPage page =
            BulkCertificatesPage.fromCertificates(CertificatesAdminPage.open(browser));
        assertThat(page.heading()).isEqualTo(TITLE_TH);
        assertThat(browser.overflowsSideways()).as("fits the phone").isFalse();
        page.course(DEMO_COURSE)
            .reason("อบรมทำขนมในห้องสมุด " + suffix)
            .tick(learners.get(0))
            .tick(learners.get(1))
            .paste(learners.get(2) + "\n");
        browser.screenshot("b01-class-chosen-th");

        page.start();
        browser.screenshot("b02-progress-th");
        page.waitUntilDone();
        assertThat(page.progress()).contains(DONE_TH).contains(FINISHED_TH);
        assertThat(page.percentShown()).isEqualTo("100%");
        List<BulkCertificatesPage.Result> results = page.results();
        assertThat(results)
            .extracting(BulkCertificatesPage.Result::username)
            .containsExactlyElementsOf(learners);
        assertThat(results)
            .allSatisfy(
                r -> {
                  assertThat(r.outcome()).isEqualTo(ISSUED_TH);
                  assertThat(r.code()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
                });
        assertThat(page.zipLinkText()).isEqualTo(ZIP_TH);
        assertThat(browser.overflowsSideways()).as("results fit the phone").isFalse();
        browser.screenshot("b03-results-th");

        HttpResponse<byte[]> zip = browser.getWithBrowserCookies(page.zipPath());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/zip");
        List<String> expected = new ArrayList<>();
        for (BulkCertificatesPage.Result r : results) {
          expected.add(r.code() + "-" + r.username() + ".pdf");
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
          for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            names.add(e.getName());
            byte[] pdf = in.readAllBytes();
            assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
          }
        }
        assertThat(names).as("one PDF per issued certificate").hasSize(3);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);

        HttpResponse<String> stranger = browser.getAnonymously(page.zipPath());
        assertThat(stranger.statusCode()).as("no ZIP without signing in").isNotEqualTo(200);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("bulk-issue-failure");
        throw e;
      }
    }
  }

  private static void importLearners(Browser browser, List<String> learners) throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFFusername,name_th,age_group\r\n");
    String[] names = {"สมชาย ใจดี", "มานี มีนา", "ปิติ ชูใจ"};
    for (int i = 0; i < learners.size(); i++) {
      csv.append(learners.get(i)).append(',').append(names[i]).append(",working_age\r\n");
    }
    Path file = browser.save("b00-class.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    ImportPage imported = ImportPage.open(browser).upload(file);
    assertThat(imported.report())
        .extracting(ImportPage.ReportLine::username)
        .containsExactlyElementsOf(learners);
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
