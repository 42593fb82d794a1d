package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /verify/{code}}: the public answer on whether a certificate is genuine. */
final class VerifyPage extends Page {

  static final String PATH = "/verify";

  VerifyPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("verify-result"));
  }

  static VerifyPage open(Browser browser, String code, String language) {
    browser.open(PATH + "/" + code + "?lang=" + language);
    return new VerifyPage(browser);
  }

  /** valid, revoked or unknown. */
  String state() {
    String classes = visible(By.id("verify-result")).getAttribute("class");
    for (String state : new String[] {"valid", "revoked", "unknown"}) {
      if ((" " + classes + " ").contains(" " + state + " ")) {
        return state;
      }
    }
    return classes;
  }

  String status() {
    return text(By.id("verify-status"));
  }

  String learner() {
    return text(By.id("verify-learner"));
  }

  String course() {
    return text(By.id("verify-course"));
  }

  String library() {
    return text(By.id("verify-library"));
  }

  String completedOn() {
    return text(By.id("verify-date"));
  }

  /** Everything in the document, markup and hidden parts included. */
  String source() {
    return browser.driver().getPageSource();
  }

  VerifyPage inEnglish() {
    switchToEnglish();
    return new VerifyPage(browser);
  }

  VerifyPage inThai() {
    switchToThai();
    return new VerifyPage(browser);
  }
}
