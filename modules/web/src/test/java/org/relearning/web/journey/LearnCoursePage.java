package org.relearning.web.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /learn/course.xhtml?id=N}: the learner's progress and the outline. */
final class LearnCoursePage extends Page {

  static final String PATH = "/learn/course.xhtml";

  LearnCoursePage(Browser browser) {
    super(browser, PATH);
    visible(By.id("progress"));
  }

  /** The percentage on the progress bar, as assistive technology reads it. */
  /** Why taking the course again is offered; empty when it is not. */
  String renewalOffer() {
    return all(By.cssSelector("#renewal p")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** Starts the course again to renew the certificate. */
  LearnCoursePage retake() {
    submit(By.id("renew:retake"));
    return new LearnCoursePage(browser);
  }

  /** Whether the page says the learner is taking the course again. */
  boolean retaking() {
    return !all(By.id("retaking")).isEmpty();
  }

  int percent() {
    WebElement bar = visible(By.id("progress"));
    String now = bar.getAttribute("aria-valuenow");
    if (now != null && !now.isBlank()) {
      return Integer.parseInt(now.strip());
    }
    String label = bar.getText().replaceAll("[^0-9]", "");
    return label.isEmpty() ? 0 : Integer.parseInt(label);
  }

  String progressText() {
    return text(By.id("progress-text"));
  }

  boolean completed() {
    return !all(By.id("course-completed")).isEmpty();
  }

  String completedText() {
    return text(By.id("course-completed"));
  }

  LessonPage openLesson(String title) {
    WebElement link =
        all(By.cssSelector("ol.outline a")).stream()
            .filter(a -> a.getText().strip().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no lesson in the outline: " + title));
    browser.clickAndWaitForPage(link);
    return new LessonPage(browser);
  }

  boolean isDone(String lessonTitle) {
    return all(By.cssSelector("ol.outline li.done a")).stream()
        .anyMatch(a -> a.getText().strip().equals(lessonTitle));
  }

  boolean isLocked(String lessonTitle) {
    return all(By.cssSelector("ol.outline li.locked a")).stream()
        .anyMatch(a -> a.getText().strip().equals(lessonTitle));
  }
}
