package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /login.xhtml}. */
final class LoginPage extends Page {

  static final String PATH = "/login.xhtml";

  LoginPage(Browser browser) {
    super(browser, PATH);
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

  /** Submits credentials that must be refused, and stays on this page. */
  LoginPage signInRefused(String username, String password) {
    signIn(username, password);
    return new LoginPage(browser);
  }

  String username() {
    return visible(By.id("login:username")).getAttribute("value");
  }

  String password() {
    return visible(By.id("login:password")).getAttribute("value");
  }
}
