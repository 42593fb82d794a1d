package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** {@code /author/course.xhtml?id=N}: details, sections with their lessons and quizzes, publish. */
final class CourseEditorPage extends Page {

  static final String PATH = "/author/course.xhtml";

  CourseEditorPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("course-status"));
  }

  /** Sets how many months the course's certificates stay valid. */
  CourseEditorPage certificateMonths(int months) {
    type(By.id("certificate-validity:months"), String.valueOf(months));
    submit(By.id("certificate-validity:save-validity"));
    return new CourseEditorPage(browser);
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

  /** Moves the lesson one place down with its arrow button (the keyboard and phone path). */
  CourseEditorPage moveLessonDown(int section, String title) {
    WebElement item = lessonItem(section, title);
    submit(By.id(item.findElement(By.cssSelector("[id$='lesson-down']")).getAttribute("id")));
    return new CourseEditorPage(browser);
  }

  /**
   * Drags a lesson by its handle onto the first lesson of another section (which must have one), as
   * a finger would.
   */
  CourseEditorPage dragLesson(int fromSection, String title, int toSection) {
    WebElement handle = lessonItem(fromSection, title).findElement(By.cssSelector(".drag-handle"));
    WebElement target =
        all(By.cssSelector(".section-card"))
            .get(toSection)
            .findElement(By.cssSelector("ol.lessons"));
    // both ends must be on the screen: the emulated touch does not scroll while dragging
    browser.script(
        "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 150)",
        handle);
    browser.markForNavigation();
    new Actions(browser.driver())
        .clickAndHold(handle)
        .moveByOffset(0, 10)
        .moveToElement(target)
        .moveByOffset(0, 5)
        .pause(java.time.Duration.ofMillis(300))
        .release()
        .perform();
    browser.waitForNavigation();
    return new CourseEditorPage(browser);
  }

  CourseEditorPage takeLessonsInOrder() {
    new Select(clickable(By.id("order:lesson-order"))).selectByValue("SEQUENTIAL");
    submit(By.id("order:save-order"));
    return new CourseEditorPage(browser);
  }

  private WebElement lessonItem(int section, String title) {
    return all(By.cssSelector(".section-card"))
        .get(section)
        .findElements(By.cssSelector("ol.lessons > li"))
        .stream()
        .filter(li -> li.findElement(By.cssSelector("a")).getText().strip().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no lesson " + title + " in section " + section));
  }
}
