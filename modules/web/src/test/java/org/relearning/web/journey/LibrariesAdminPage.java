package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /admin/libraries.xhtml}: the system administrator's list of libraries. */
final class LibrariesAdminPage extends Page {

  static final String PATH = "/admin/libraries.xhtml";
  private static final By DIALOG = By.id("library-dialog");

  LibrariesAdminPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("libraries:table"));
  }

  static LibrariesAdminPage open(Browser browser) {
    browser.open(PATH);
    return new LibrariesAdminPage(browser);
  }

  /** Adds a library through the dialog; the table shows it once the dialog closes. */
  LibrariesAdminPage add(String code, String thai, String english, String province) {
    WebElement add = clickable(By.id("libraries:add"));
    browser.guardAjax();
    add.click();
    browser.waitForAjax();
    visible(DIALOG);
    type(By.id("library-form:code"), code);
    type(By.id("library-form:nameTh"), thai);
    type(By.id("library-form:nameEn"), english);
    type(By.id("library-form:province"), province);
    WebElement save = clickable(By.id("library-form:save"));
    browser.guardAjax();
    save.click();
    browser.waitForAjax();
    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    return this;
  }

  List<String> codes() {
    return all(By.cssSelector("[id='libraries:table'] .library-code")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }
}
