package org.relearning.web.journey;

import org.openqa.selenium.By;

/** The application's error pages (403, 404, 500): a title and a way home. */
final class ErrorPage extends Page {

  ErrorPage(Browser browser, String requestedPath) {
    super(browser, requestedPath, true);
    visible(By.id("error-title"));
  }

  String title() {
    return text(By.id("error-title"));
  }
}
