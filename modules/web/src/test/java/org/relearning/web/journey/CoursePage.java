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

  boolean offersAdoption() {
    return !all(By.id("adopt:adopt-button")).isEmpty();
  }

  /** Adopts the course into the signed-in librarian's library; the draft copy's editor opens. */
  CourseEditorPage adopt() {
    submit(By.id("adopt:adopt-button"));
    return new CourseEditorPage(browser);
  }

  LearnCoursePage enrol() {
    submit(By.id("enrol:enrol-button"));
    return new LearnCoursePage(browser);
  }
}
