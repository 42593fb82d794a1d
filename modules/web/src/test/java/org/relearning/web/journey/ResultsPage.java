package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;

/** {@code /author/results.xhtml?quiz=Q}: submitted attempts, statistics and the CSV download. */
final class ResultsPage extends Page {

  static final String PATH = "/author/results.xhtml";

  ResultsPage(Browser browser) {
    super(browser, PATH);
    visible(By.tagName("h1"));
  }

  List<String> learners() {
    return all(By.cssSelector("#attempts tr.attempt .learner")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  List<String> scores() {
    return all(By.cssSelector("#attempts tr.attempt .score")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  boolean showsStatistics() {
    return !all(By.cssSelector("#statistics .question-stats")).isEmpty();
  }

  /** The text of the option frequencies, as a screen reader reads them. */
  List<String> optionBars() {
    return all(By.cssSelector("#statistics .bar-row")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }

  String csvPath() {
    String href = visible(By.id("download-csv")).getAttribute("href");
    return href.substring(href.indexOf("/author/"));
  }
}
