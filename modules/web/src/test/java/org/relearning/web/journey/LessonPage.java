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
