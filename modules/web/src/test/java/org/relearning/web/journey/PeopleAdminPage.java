package org.relearning.web.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/people.xhtml}: the library's people, with one-time password links. */
final class PeopleAdminPage extends Page {

  static final String PATH = "/admin/people.xhtml";

  PeopleAdminPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("people:table"));
  }

  static PeopleAdminPage open(Browser browser) {
    browser.open(PATH);
    return new PeopleAdminPage(browser);
  }

  PeopleAdminPage search(String text) {
    type(By.id("people:text"), text);
    WebElement button = clickable(By.id("people:search"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    row(text);
    return this;
  }

  /** Issues a reset link for the person and returns the address the dialog shows. */
  String issueResetLink(String username) {
    WebElement button = row(username).findElement(By.cssSelector("button.reset-link"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    return shownLink();
  }

  /**
   * Creates a person from the toolbar's dialog, with a role ({@code "LIBRARY_ADMIN"}) and, as the
   * system administrator picks one, a library by its name; returns their one-time link.
   */
  String invite(String nameTh, String username, String role, String library) {
    WebElement open = clickable(By.id("people:invite"));
    browser.guardAjax();
    open.click();
    browser.waitForAjax();
    visible(By.id("invite-dialog"));
    type(By.id("invite-form:nameTh"), nameTh);
    type(By.id("invite-form:username"), username);
    new Select(clickable(By.id("invite-form:role"))).selectByValue(role);
    new Select(clickable(By.id("invite-form:library"))).selectByVisibleText(library);
    WebElement create = clickable(By.id("invite-form:create"));
    browser.guardAjax();
    create.click();
    browser.waitForAjax();
    return shownLink();
  }

  private String shownLink() {
    visible(By.id("link-dialog"));
    return browser.waitFor(
        d -> {
          String url = visible(By.id("link-form:url")).getAttribute("value");
          return url == null || url.isBlank() ? null : url;
        });
  }

  String role(String username) {
    return row(username).findElement(By.cssSelector(".role")).getText().strip();
  }

  private WebElement row(String username) {
    return browser.waitFor(
        d ->
            all(By.cssSelector("[id='people:table'] tbody tr")).stream()
                .filter(
                    tr ->
                        tr.findElements(By.cssSelector(".username")).stream()
                            .anyMatch(c -> c.getText().strip().equals(username)))
                .findFirst()
                .orElse(null));
  }
}
