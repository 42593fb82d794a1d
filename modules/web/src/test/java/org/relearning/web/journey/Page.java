package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every page of the layout has (header, messages, the language links) and the small waits the
 * page objects share. A page object checks on construction that the browser really is on it.
 */
abstract class Page {

  protected final Browser browser;

  protected Page(Browser browser, String path) {
    this(browser, path, false);
  }

  /**
   * @param errorTolerated whether an error page may stand where this page is expected (the error
   *     page object itself, or a step that checks for it); otherwise one fails at once, saying what
   *     the application showed instead of waiting for elements that will never come
   */
  protected Page(Browser browser, String path, boolean errorTolerated) {
    this.browser = browser;
    browser.waitFor(d -> browser.currentPath().startsWith(path));
    browser.waitForPage();
    if (!errorTolerated) {
      String error = errorShown();
      if (error != null) {
        throw new AssertionError(
            "expected " + getClass().getSimpleName() + " at " + path + ", but got: " + error);
      }
    }
  }

  /** The application's or the server's error page, if that is what the browser shows. */
  private String errorShown() {
    List<WebElement> title = all(By.id("error-title"));
    if (!title.isEmpty()) {
      return "the error page \"" + title.get(0).getText().strip() + "\"";
    }
    if (browser.driver().getTitle().contains("Error report")) {
      return "the server's error page \"" + pageText() + "\"";
    }
    return null;
  }

  /** The start of the visible text, white space squeezed, to say what a page shows. */
  String pageText() {
    String text = browser.driver().findElement(By.tagName("body")).getText();
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  protected WebElement visible(By by) {
    return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected WebElement clickable(By by) {
    return browser.waitFor(ExpectedConditions.elementToBeClickable(by));
  }

  protected List<WebElement> all(By by) {
    return browser.driver().findElements(by);
  }

  protected void type(By field, String text) {
    WebElement input = clickable(field);
    input.clear();
    input.sendKeys(text);
  }

  protected String text(By by) {
    return visible(by).getText().strip();
  }

  protected void submit(By button) {
    browser.clickAndWaitForPage(clickable(button));
  }

  /** The texts in the PrimeFaces messages of the layout. */
  List<String> messages() {
    return all(By.cssSelector("#messages li")).stream()
        .map(e -> e.getText().strip())
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  String heading() {
    return text(By.tagName("h1"));
  }

  /** The application's own language attribute on {@code <html>}: "th" or "en". */
  String language() {
    return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  void switchToEnglish() {
    browser.clickAndWaitForPage(clickable(By.id("lang-en")));
  }

  void switchToThai() {
    browser.clickAndWaitForPage(clickable(By.id("lang-th")));
  }

  /** Whether the page says an Ajax request failed for want of a connection. */
  boolean connectionLostShown() {
    return all(By.id("connection-lost")).stream().anyMatch(WebElement::isDisplayed);
  }

  /**
   * Posts to the sign-out address as another site could, with a made-up token, from this page's
   * session; then opens the home page. Returns the post's status and whether the home page still
   * offers to sign out, e.g. {@code "403 true"}.
   */
  String forgedSignOut() {
    return String.valueOf(
        browser.script(
            "var post = new XMLHttpRequest();"
                + "post.open('POST', document.getElementById('account').action, false);"
                + "post.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                + "post.send('relearn.signOutToken=forged');"
                + "var home = new XMLHttpRequest();"
                + "home.open('GET', document.querySelector('a.brand').href, false);"
                + "home.send();"
                + "return post.status + ' ' + (home.responseText.indexOf('id=\"sign-out\"') >= 0);"));
  }

  /** Signs out with the header button; the application goes to its home page. */
  void signOut() {
    browser.clickAndWaitForPage(clickable(By.id("sign-out")));
    browser.waitFor(d -> browser.driver().findElements(By.id("sign-out")).isEmpty());
  }

  Browser browser() {
    return browser;
  }
}
