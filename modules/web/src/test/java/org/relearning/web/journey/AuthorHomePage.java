package org.relearning.web.journey;

import org.openqa.selenium.By;

/** {@code /author/index.xhtml}: where an instructor starts a course. */
final class AuthorHomePage extends Page {

  static final String PATH = "/author/index.xhtml";

  AuthorHomePage(Browser browser) {
    super(browser, PATH);
  }

  CourseEditorPage createCourse(String title, String summary) {
    type(By.id("new-course:title"), title);
    type(By.id("new-course:summary"), summary);
    submit(By.id("new-course:create"));
    return new CourseEditorPage(browser);
  }
}
