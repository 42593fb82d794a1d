package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;

/** {@code /learn/lesson.xhtml?id=L}: one lesson for the learner. */
final class LessonPage extends Page {

  static final String PATH = "/learn/lesson.xhtml";

  LessonPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("lesson-title"));
  }

  String title() {
    return text(By.id("lesson-title"));
  }

  String body() {
    return text(By.cssSelector(".lesson-body"));
  }

  List<String> boldTexts() {
    return all(By.cssSelector(".lesson-body strong, .lesson-body b")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** The lesson's pictures as "alt text" for each one that loaded (served and decodable). */
  List<String> loadedPictures() {
    browser.waitFor(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "return Array.from(document.querySelectorAll('img.media-image'))"
                        + ".every(i => i.complete)")));
    return all(By.cssSelector("img.media-image")).stream()
        .filter(
            img -> Boolean.TRUE.equals(browser.script("return arguments[0].naturalWidth > 0", img)))
        .map(img -> img.getAttribute("alt"))
        .toList();
  }

  /** The lesson's text and pictures in the order shown, by their class. */
  List<String> blockOrder() {
    return all(By.cssSelector(".lesson-body, img.media-image")).stream()
        .map(e -> e.getAttribute("class").split(" ")[0])
        .toList();
  }

  boolean isDone() {
    return !all(By.id("lesson:is-done")).isEmpty();
  }

  LessonPage markDone() {
    submit(By.id("lesson:done"));
    LessonPage after = new LessonPage(browser);
    after.visible(By.id("lesson:is-done"));
    return after;
  }

  LessonPage next() {
    submit(By.id("lesson:next"));
    return new LessonPage(browser);
  }

  LearnCoursePage backToCourse() {
    browser.clickAndWaitForPage(clickable(By.cssSelector("main a[href*='/learn/course.xhtml']")));
    return new LearnCoursePage(browser);
  }

  QuizPage takeQuiz() {
    browser.clickAndWaitForPage(clickable(By.id("take-quiz")));
    return new QuizPage(browser);
  }

  /** Whether the lesson shows why it is closed instead of its content. */
  boolean isLocked() {
    return !all(By.id("lesson-locked")).isEmpty();
  }

  boolean offersDone() {
    return !all(By.id("lesson:done")).isEmpty();
  }
}
