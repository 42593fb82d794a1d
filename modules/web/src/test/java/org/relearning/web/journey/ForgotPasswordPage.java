package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /forgot.xhtml}: asking for a password link by e-mail. */
final class ForgotPasswordPage extends Page {

  static final String PATH = "/forgot.xhtml";

  ForgotPasswordPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("back-to-login"));
  }

  boolean offersEmail() {
    return !all(By.id("forgot:who")).isEmpty();
  }

  /** Asks for a link for a username or an e-mail address; the page comes back with a message. */
  ForgotPasswordPage ask(String usernameOrEmail) {
    type(By.id("forgot:who"), usernameOrEmail);
    submit(By.id("forgot:send"));
    return new ForgotPasswordPage(browser);
  }

  static ForgotPasswordPage open(Browser browser) {
    browser.open(PATH);
    return new ForgotPasswordPage(browser);
  }
}
