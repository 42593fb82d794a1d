package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /password.xhtml?token=…}: the page of a one-time password link. */
final class PasswordPage extends Page {

  static final String PATH = "/password.xhtml";

  PasswordPage(Browser browser) {
    super(browser, PATH);
  }

  /** Opens the link as the person would, from the address the administrator gave them. */
  static PasswordPage open(Browser browser, String link) {
    browser.open(link.substring(link.indexOf(PATH)) + "&lang=th");
    return new PasswordPage(browser);
  }

  boolean usable() {
    return !all(By.id("password:new")).isEmpty();
  }

  String greeting() {
    return text(By.id("holder"));
  }

  String refusal() {
    return text(By.id("link-invalid"));
  }

  /** Sets the password; the application sends the person to sign in. */
  LoginPage setPassword(String password) {
    type(By.id("password:new"), password);
    type(By.id("password:repeat"), password);
    submit(By.id("password:save"));
    return new LoginPage(browser);
  }
}
