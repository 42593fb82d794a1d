package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/audit.xhtml}: the audit log of the administrator's library, with filters. */
final class AuditAdminPage extends Page {

  static final String PATH = "/admin/audit.xhtml";

  AuditAdminPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("audit:table"));
  }

  static AuditAdminPage open(Browser browser) {
    browser.open(PATH);
    return new AuditAdminPage(browser);
  }

  /** The kinds of action offered, as the select shows them. */
  List<String> groups() {
    return new Select(clickable(By.id("audit:group")))
        .getOptions().stream().map(o -> o.getText().strip()).toList();
  }

  AuditAdminPage group(String label) {
    new Select(clickable(By.id("audit:group"))).selectByVisibleText(label);
    return this;
  }

  AuditAdminPage actor(String text) {
    type(By.id("audit:actor"), text);
    return this;
  }

  /** Today as both ends of the date range, picked in each calendar as a person would. */
  AuditAdminPage fromTodayToToday() {
    pickToday("audit:from");
    pickToday("audit:to");
    return this;
  }

  /**
   * Opens a picker (on a phone its calendar covers the page) and taps today's day, which closes it.
   */
  private void pickToday(String picker) {
    clickable(By.id(picker + "_input")).click();
    clickable(By.cssSelector("[id='" + picker + "_panel'] td.ui-datepicker-today a")).click();
    browser.waitFor(
        d ->
            all(By.id(picker + "_panel")).stream().noneMatch(WebElement::isDisplayed)
                ? true
                : null);
  }

  /** The date a picker's field shows. */
  String date(String picker) {
    return clickable(By.id("audit:" + picker + "_input")).getAttribute("value");
  }

  /** Applies the filters and waits for the table to be drawn again. */
  AuditAdminPage search() {
    WebElement button = clickable(By.id("audit:search"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    return this;
  }

  /** The rows shown: actor, action label and the action's name, subject. */
  List<Row> rows() {
    return all(By.cssSelector("[id='audit:table'] tbody tr.entry")).stream()
        .map(
            tr ->
                new Row(
                    cell(tr, ".actor"),
                    cell(tr, ".action"),
                    tr.findElement(By.cssSelector(".action")).getAttribute("data-action"),
                    cell(tr, ".subject"),
                    cell(tr, ".when")))
        .toList();
  }

  /** Whether the table says nothing matches. */
  boolean saysNoneMatch() {
    return !all(By.cssSelector("[id='audit:table'] tbody tr.ui-datatable-empty-message")).isEmpty();
  }

  /** Opens the dialog of the row at {@code index} and returns what it shows, label by label. */
  Entry open(int index) {
    WebElement button =
        all(By.cssSelector("[id='audit:table'] tbody tr.entry"))
            .get(index)
            .findElement(By.cssSelector("button.show-entry"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    visible(By.id("entry-dialog"));
    return new Entry(
        text(By.id("entry-when")),
        text(By.id("entry-actor")),
        text(By.id("entry-action")),
        text(By.id("entry-subject")),
        all(By.id("entry-detail")).isEmpty() ? "" : all(By.id("entry-detail")).get(0).getText());
  }

  /** Closes the entry's dialog with its close button. */
  AuditAdminPage closeEntry() {
    clickable(By.cssSelector("[id='entry-dialog'] .ui-dialog-titlebar-close")).click();
    browser.waitFor(
        d -> all(By.id("entry-dialog")).stream().noneMatch(WebElement::isDisplayed) ? true : null);
    return this;
  }

  private static String cell(WebElement tr, String css) {
    return tr.findElement(By.cssSelector(css)).getText().strip();
  }

  record Row(String actor, String action, String actionName, String subject, String when) {}

  record Entry(String when, String actor, String action, String subject, String detail) {}
}
