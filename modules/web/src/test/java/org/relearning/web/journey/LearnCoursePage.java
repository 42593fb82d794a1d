package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /learn/course.xhtml?id=N}: the learner's progress and the outline. */
final class LearnCoursePage extends Page {

  static final String PATH = "/learn/course.xhtml";

  LearnCoursePage(Browser browser) {
    super(browser, PATH);
    visible(By.id("progress"));
  }

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

  /** The percentage on the progress bar, as assistive technology reads it. */
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

  /** The sections whose lessons the outline lists. */
  List<String> listedSections() {
    return all(By.cssSelector("ol.outline > li:has(> ul) > strong")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** The sections shown by their title only, as links to the page listing their lessons. */
  List<String> sectionLinks() {
    return all(By.cssSelector("ol.outline a.section-link")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** How many lesson links the outline shows. */
  int lessonsListed() {
    return all(By.cssSelector("ol.outline ul a")).size();
  }

  /** What the outline says of a section's lessons done ("เรียนแล้ว 1 จาก 40"). */
  String sectionDone(String sectionTitle) {
    return all(By.cssSelector("ol.outline > li")).stream()
        .filter(li -> li.findElement(By.tagName("strong")).getText().strip().equals(sectionTitle))
        .map(li -> li.findElement(By.className("section-done")).getText().strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section in the outline: " + sectionTitle));
  }

  /** Lists the lessons of another section. */
  LearnCoursePage openSection(String sectionTitle) {
    WebElement link =
        all(By.cssSelector("ol.outline a.section-link")).stream()
            .filter(a -> a.getText().strip().equals(sectionTitle))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no section link: " + sectionTitle));
    browser.clickAndWaitForPage(link);
    return new LearnCoursePage(browser);
  }

  /** Lists every lesson of every section. */
  LearnCoursePage showAllLessons() {
    browser.clickAndWaitForPage(visible(By.id("all-lessons")));
    return new LearnCoursePage(browser);
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
