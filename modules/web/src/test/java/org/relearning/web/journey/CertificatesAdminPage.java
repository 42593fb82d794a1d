package org.relearning.web.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /admin/certificates.xhtml}: the library's issued certificates, with revocation. */
final class CertificatesAdminPage extends Page {

  static final String PATH = "/admin/certificates.xhtml";
  private static final By DIALOG = By.id("revoke-dialog");

  CertificatesAdminPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("certificates:table"));
  }

  static CertificatesAdminPage open(Browser browser) {
    browser.open(PATH);
    return new CertificatesAdminPage(browser);
  }

  /** Opens the revoke dialog of the certificate's row (an Ajax request fills it in). */
  RevokeDialog openRevokeDialog(String code) {
    WebElement button = row(code).findElement(By.cssSelector("button.revoke"));
    browser.guardAjax();
    button.click();
    browser.waitForAjax();
    visible(DIALOG);
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("revoke-form"), code));
    return new RevokeDialog();
  }

  /** The modal asking why; the reason goes to the audit log only. */
  final class RevokeDialog {

    private RevokeDialog() {}

    /** Where the dialog ends on the screen, in CSS pixels from the left. */
    int rightEdge() {
      Rectangle box = visible(DIALOG).getRect();
      return box.getX() + box.getWidth();
    }

    CertificatesAdminPage confirm(String reason) {
      type(By.id("revoke-form:reason"), reason);
      submit(By.id("revoke-form:confirm"));
      return new CertificatesAdminPage(browser);
    }
  }

  /** The status badge of the certificate's row. */
  String status(String code) {
    return row(code).findElement(By.cssSelector(".badge")).getText().strip();
  }

  boolean canRevoke(String code) {
    return !row(code).findElements(By.cssSelector("button.revoke")).isEmpty();
  }

  private WebElement row(String code) {
    return browser.waitFor(
        d ->
            all(By.cssSelector("[id='certificates:table'] tbody tr")).stream()
                .filter(
                    tr ->
                        tr.findElements(By.cssSelector(".cert-code")).stream()
                            .anyMatch(c -> c.getText().strip().equals(code)))
                .findFirst()
                .orElse(null));
  }
}
