package org.relearning.web.journey;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/reports.xhtml}: the impact report with its filters, table, chart and files. */
final class ReportsAdminPage extends Page {

  static final String PATH = "/admin/reports.xhtml";

  private static final List<String> CELLS =
      List.of(
          ".label",
          ".enrolments",
          ".completions",
          ".completionRate",
          ".certificates",
          ".averageScore",
          ".activeLearners");

  ReportsAdminPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("report:table"));
  }

  static ReportsAdminPage open(Browser browser) {
    browser.open(PATH);
    return new ReportsAdminPage(browser);
  }

  ReportsAdminPage groupBy(String label) {
    new Select(clickable(By.id("report:groupBy"))).selectByVisibleText(label);
    return this;
  }

  ReportsAdminPage from(String monthLabel) {
    new Select(clickable(By.id("report:from"))).selectByVisibleText(monthLabel);
    return this;
  }

  /** Shows the report for the filters chosen and waits for it to be drawn again. */
  ReportsAdminPage show() {
    WebElement button = clickable(By.id("report:show"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    visible(By.id("report:table"));
    return this;
  }

  /** The rows as shown: the group's name, then the six numbers as written. */
  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement tr : all(By.cssSelector("[id='report:table'] tbody tr.report-row"))) {
      List<String> cells = new ArrayList<>();
      for (String css : CELLS) {
        cells.add(tr.findElement(By.cssSelector(css)).getText().strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The total row at the foot of the table. */
  List<String> total() {
    return all(By.cssSelector("[id='report:table'] tfoot td")).stream()
        .map(td -> td.getText().strip())
        .toList();
  }

  /** The column headers, as the files head their columns. */
  /** The career paths listed under the report, by title. */
  List<String> pathTitles() {
    return all(By.cssSelector("[id='paths'] tbody tr td a")).stream()
        .filter(a -> a.getAttribute("href").contains("/author/curriculum.xhtml"))
        .map(a -> a.getText().strip())
        .toList();
  }

  List<String> headers() {
    return all(By.cssSelector("[id='report:table'] thead th")).stream()
        .map(th -> th.getText().strip())
        .toList();
  }

  /** Whether the chart was drawn: a canvas with a size. */
  boolean chartDrawn() {
    WebElement canvas = visible(By.cssSelector("[id='report:chart'] canvas"));
    return canvas.getSize().getWidth() > 0 && canvas.getSize().getHeight() > 0;
  }

  String chartLabel() {
    return visible(By.cssSelector("[id='report:chart'] canvas")).getAttribute("aria-label");
  }

  /** The path of a download link ({@code csv} or {@code xlsx}), from the context path on. */
  String downloadPath(String kind) {
    String href = visible(By.id("download-" + kind)).getAttribute("href");
    return href.substring(href.indexOf("/admin/"));
  }
}
