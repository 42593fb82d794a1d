package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /author/grading.xhtml?course=C}: the answers waiting for a grader, oldest first. */
final class GradingPage extends Page {

  static final String PATH = "/author/grading.xhtml";

  GradingPage(Browser browser) {
    super(browser, PATH);
    visible(By.tagName("h1"));
  }

  List<String> learners() {
    return all(By.cssSelector(".grading-item .learner")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** The response of the first answer in the queue, as the page shows it. */
  String firstResponse() {
    return text(By.cssSelector(".grading-item .response"));
  }

  /** Whether the response keeps its line breaks on screen. */
  boolean firstResponseKeepsLineBreaks() {
    WebElement response = visible(By.cssSelector(".grading-item .response"));
    return "pre-wrap".equals(response.getCssValue("white-space"));
  }

  /** Grades the first answer in the queue and waits for the page to come back. */
  GradingPage gradeFirst(String points, String comment) {
    WebElement item = visible(By.cssSelector(".grading-item"));
    WebElement field = item.findElement(By.cssSelector("input.points"));
    field.clear();
    field.sendKeys(points);
    WebElement note = item.findElement(By.cssSelector("textarea.comment"));
    note.clear();
    note.sendKeys(comment);
    browser.clickAndWaitForPage(item.findElement(By.cssSelector("button.save-grade")));
    return new GradingPage(browser);
  }

  boolean isEmpty() {
    return !all(By.id("grading-empty")).isEmpty() && all(By.cssSelector(".grading-item")).isEmpty();
  }
}
