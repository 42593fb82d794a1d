package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /author/course.xhtml?id=N}: details, sections with their lessons and quizzes, publish. */
final class CourseEditorPage extends Page {

  static final String PATH = "/author/course.xhtml";

  CourseEditorPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("course-status"));
  }

  long courseId() {
    String path = browser.currentPath();
    return Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  String status() {
    return text(By.id("course-status"));
  }

  int sections() {
    return all(By.cssSelector("[id$='add-to-section:lesson-title']")).size();
  }

  List<String> sectionTitles() {
    return all(By.cssSelector(".section-card h3")).stream().map(e -> e.getText().strip()).toList();
  }

  CourseEditorPage addSection(String title) {
    type(By.id("new-section:section-title"), title);
    submit(By.id("new-section:add-section"));
    return new CourseEditorPage(browser);
  }

  LessonEditorPage addLesson(int section, String title) {
    nameInSection(section, title);
    submit(inSection(section, "add-lesson"));
    return new LessonEditorPage(browser);
  }

  QuizEditorPage addQuiz(int section, String title) {
    nameInSection(section, title);
    submit(inSection(section, "add-quiz"));
    return new QuizEditorPage(browser);
  }

  CourseEditorPage publish() {
    submit(By.id("details:publish"));
    return new CourseEditorPage(browser);
  }

  /** The lesson titles listed under a section, in order. */
  List<String> lessonTitles(int section) {
    WebElement card = all(By.cssSelector(".section-card")).get(section);
    return card.findElements(By.cssSelector(".outline > li > a:first-of-type")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  private void nameInSection(int section, String title) {
    WebElement field = all(By.cssSelector("[id$='add-to-section:lesson-title']")).get(section);
    field.clear();
    field.sendKeys(title);
  }

  /** The n-th button with that id across the section forms (ui:repeat prefixes the ids). */
  private By inSection(int section, String button) {
    String id =
        all(By.cssSelector("[id$='add-to-section:" + button + "']"))
            .get(section)
            .getAttribute("id");
    return By.id(id);
  }
}
