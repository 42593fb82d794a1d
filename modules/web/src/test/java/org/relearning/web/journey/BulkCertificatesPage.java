package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /admin/bulk-certificates.xhtml}: certificates for a class list, issued in the background
 * with a progress bar, then each learner's result and a ZIP of the PDFs.
 */
final class BulkCertificatesPage extends Page {

  static final String PATH = "/admin/bulk-certificates.xhtml";
  private static final By PROGRESS_TEXT = By.id("progress-text");

  BulkCertificatesPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("bulk"));
  }

  static BulkCertificatesPage open(Browser browser) {
    browser.open(PATH);
    return new BulkCertificatesPage(browser);
  }

  /** From the issued certificates' toolbar. */
  static BulkCertificatesPage fromCertificates(CertificatesAdminPage page) {
    Browser browser = page.browser();
    browser.clickAndWaitForPage(
        browser.driver().findElement(By.cssSelector("[id='toolbar:bulk-issue']")));
    return new BulkCertificatesPage(browser);
  }

  BulkCertificatesPage course(String title) {
    new Select(clickable(By.id("bulk:course"))).selectByVisibleText(title);
    return this;
  }

  BulkCertificatesPage reason(String reason) {
    type(By.id("bulk:reason"), reason);
    return this;
  }

  /** Ticks the learner's box in the library's list, by its label. */
  BulkCertificatesPage tick(String username) {
    WebElement box =
        clickable(By.cssSelector("input[name='bulk:learners'][value='" + username + "']"));
    WebElement label =
        browser.driver().findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
    if (!label.getText().contains(username)) {
      throw new AssertionError("the box of " + username + " is labelled " + label.getText());
    }
    label.click();
    browser.waitFor(d -> box.isSelected());
    return this;
  }

  BulkCertificatesPage paste(String lines) {
    type(By.id("bulk:pasted"), lines);
    return this;
  }

  /** Starts the job; the progress appears in place of the form. */
  BulkCertificatesPage start() {
    clickable(By.id("bulk:start")).click();
    visible(PROGRESS_TEXT);
    return this;
  }

  /** "n of N done" as the page says it now. */
  String progress() {
    return text(PROGRESS_TEXT);
  }

  /** Waits, while the page polls, until it says the job is done. */
  BulkCertificatesPage waitUntilDone() {
    browser.waitFor(
        d ->
            all(By.cssSelector("#progress-text.bulk-done")).size() == 1
                && !all(By.cssSelector("[id='bulk:results-table']")).isEmpty());
    return this;
  }

  /** The label of the progress bar, e.g. "100%". */
  String percentShown() {
    return text(By.cssSelector("[id='bulk:progress'] .ui-progressbar-label"));
  }

  record Result(String username, String outcome, String code) {}

  List<Result> results() {
    return all(By.cssSelector("[id='bulk:results-table'] tbody tr")).stream()
        .map(
            tr ->
                new Result(
                    tr.findElement(By.cssSelector(".username")).getText().strip(),
                    tr.findElement(By.cssSelector(".outcome")).getText().strip(),
                    tr.findElements(By.cssSelector(".cert-code")).stream()
                        .map(e -> e.getText().strip())
                        .findFirst()
                        .orElse("")))
        .toList();
  }

  /** The ZIP link's address inside the application, for a download with the browser's cookies. */
  String zipPath() {
    String href = visible(By.id("zip")).getAttribute("href");
    return href.substring(href.indexOf("/admin/"));
  }

  String zipLinkText() {
    return text(By.id("zip"));
  }
}
