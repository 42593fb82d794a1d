package org.relearning.web.journey;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/import.xhtml}: learners from a CSV file, with a report per line. */
final class ImportPage extends Page {

  static final String PATH = "/admin/import.xhtml";

  ImportPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("import:file"));
  }

  static ImportPage open(Browser browser) {
    browser.open(PATH);
    return new ImportPage(browser);
  }

  /** One row of the report as the administrator reads it. */
  record ReportLine(String line, String username, String outcome, String detail) {}

  ImportPage upload(Path csv) {
    browser.driver().findElement(By.id("import:file")).sendKeys(csv.toAbsolutePath().toString());
    submit(By.id("import:upload"));
    return new ImportPage(browser);
  }

  List<ReportLine> report() {
    return all(By.cssSelector("[id='report-form:report-table'] tbody tr")).stream()
        .map(ImportPage::read)
        .toList();
  }

  private static ReportLine read(WebElement tr) {
    List<WebElement> reason = tr.findElements(By.cssSelector(".reason"));
    List<WebElement> link = tr.findElements(By.cssSelector("input.link"));
    return new ReportLine(
        tr.findElement(By.cssSelector(".line")).getText().strip(),
        tr.findElement(By.cssSelector(".username")).getText().strip(),
        tr.findElement(By.cssSelector(".outcome")).getText().strip(),
        !reason.isEmpty()
            ? reason.get(0).getText().strip()
            : link.isEmpty() ? "" : link.get(0).getAttribute("value"));
  }
}
