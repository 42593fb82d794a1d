package org.relearning.web.journey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /admin/certificate-template.xhtml}: the library's certificate template, with a preview
 * that follows each change.
 */
final class CertificateTemplatePage extends Page {

  static final String PATH = "/admin/certificate-template.xhtml";
  private static final By PREVIEW = By.id("preview-image");
  private static final By ORIENTATION = By.id("design:orientation");

  /** Fields in the order of the form (the template's {@code Field} enumeration). */
  static final int LEARNER_NAME = 1;

  CertificateTemplatePage(Browser browser) {
    super(browser, PATH);
    visible(PREVIEW);
    browser.waitFor(d -> previewSrc().startsWith("data:image/png;base64,"));
  }

  static CertificateTemplatePage open(Browser browser) {
    browser.open(PATH);
    return new CertificateTemplatePage(browser);
  }

  /** From the certificates page's link. */
  static CertificateTemplatePage fromCertificates(CertificatesAdminPage certificates) {
    certificates
        .browser()
        .clickAndWaitForPage(
            certificates.browser().driver().findElement(By.id("toolbar:design-template")));
    return new CertificateTemplatePage(certificates.browser());
  }

  String previewSrc() {
    return browser.driver().findElement(PREVIEW).getAttribute("src");
  }

  /** The preview picture the server drew. */
  BufferedImage previewImage() {
    String src = previewSrc();
    byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CertificateTemplatePage orientation(String value) {
    String before = previewSrc();
    browser.guardAjax();
    new Select(clickable(ORIENTATION)).selectByValue(value);
    awaitNewPreview(before);
    return this;
  }

  String orientation() {
    return new Select(visible(ORIENTATION)).getFirstSelectedOption().getAttribute("value");
  }

  /** Types a new top edge for a field and leaves the box, which sends the change. */
  CertificateTemplatePage top(int field, String percent) {
    String before = previewSrc();
    WebElement input = clickable(placement(field, "y"));
    browser.guardAjax();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), percent, Keys.TAB);
    awaitNewPreview(before);
    return this;
  }

  String top(int field) {
    return visible(placement(field, "y")).getAttribute("value");
  }

  /** "Version n", or that the built-in design is used. */
  String version() {
    return text(By.id("version"));
  }

  String previewError() {
    return all(By.id("preview-error")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** Uploads a picture for a slot ("LOGO", "BACKGROUND", "SIGNATURE_1", "SIGNATURE_2"). */
  CertificateTemplatePage upload(String slot, Path picture) {
    new Select(clickable(By.id("images:slot"))).selectByValue(slot);
    browser
        .driver()
        .findElement(By.id("images:file"))
        .sendKeys(picture.toAbsolutePath().toString());
    submit(By.id("images:upload"));
    return new CertificateTemplatePage(browser);
  }

  /** Whether the thumbnail of each uploaded picture arrived and could be decoded by the browser. */
  List<Boolean> thumbnailsShown() {
    List<WebElement> thumbnails = all(By.cssSelector("img.thumbnail"));
    return thumbnails.stream()
        .map(
            img ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) browser.driver())
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
        .toList();
  }

  CertificateTemplatePage save() {
    submit(By.id("design:save"));
    return new CertificateTemplatePage(browser);
  }

  CertificateTemplatePage resetToDefault() {
    WebElement reset = clickable(By.id("design:reset"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("window.confirm = function () { return true; };");
    browser.clickAndWaitForPage(reset);
    return new CertificateTemplatePage(browser);
  }

  private static By placement(int field, String what) {
    return By.id("design:fields:" + field + ":" + what);
  }

  private void awaitNewPreview(String before) {
    browser.waitForAjax();
    browser.waitFor(d -> !previewSrc().equals(before));
  }
}
