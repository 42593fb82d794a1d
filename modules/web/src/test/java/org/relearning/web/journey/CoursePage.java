package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /course.xhtml?id=N}: a course as the public sees it, with the enrol button. */
final class CoursePage extends Page {

  static final String PATH = "/course.xhtml";

  CoursePage(Browser browser) {
    super(browser, PATH);
  }

  String library() {
    return text(By.cssSelector("main p.muted"));
  }

  LearnCoursePage enrol() {
    submit(By.id("enrol:enrol-button"));
    return new LearnCoursePage(browser);
  }
}
