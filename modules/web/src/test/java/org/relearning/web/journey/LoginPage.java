package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /login.xhtml}. */
final class LoginPage extends Page {

  static final String PATH = "/login.xhtml";

  LoginPage(Browser browser) {
    super(browser, PATH);
  }

  private LoginPage(Browser browser, boolean errorTolerated) {
    super(browser, PATH, errorTolerated);
  }

  static LoginPage open(Browser browser, String language) {
    browser.open(PATH + "?lang=" + language);
    return new LoginPage(browser);
  }

  /** Submits the form; the caller then builds the page the application landed on. */
  void signIn(String username, String password) {
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    submit(By.id("login:submit"));
  }

  /**
   * Submits credentials that must be refused. The form should come back with a message; whether it
   * did is for the caller to check ({@link #formShown()}), after keeping a screenshot.
   */
  LoginPage signInRefused(String username, String password) {
    signIn(username, password);
    return new LoginPage(browser, true);
  }

  /** Follows "forgot your password?" under the form. */
  ForgotPasswordPage forgotPassword() {
    browser.clickAndWaitForPage(clickable(By.id("forgot-link")));
    return new ForgotPasswordPage(browser);
  }

  boolean formShown() {
    return !all(By.id("login:username")).isEmpty();
  }

  String password() {
    return visible(By.id("login:password")).getAttribute("value");
  }
}
