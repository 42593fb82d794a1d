package org.relearning.web.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /path.xhtml?id=N}: a career path, its courses and the learner's progress along it. */
final class PathPage extends Page {

  static final String PATH = "/path.xhtml";

  PathPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("path-steps"));
  }

  /** Opens the path from its card in the catalog, as a learner browsing would. */
  static PathPage fromCatalog(CatalogPage catalog, String title) {
    WebElement link =
        catalog.all(By.cssSelector("#paths .card h3 a")).stream()
            .filter(a -> a.getText().strip().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no career path in the catalog: " + title));
    catalog.browser().clickAndWaitForPage(link);
    return new PathPage(catalog.browser());
  }

  String title() {
    return text(By.id("path-title"));
  }

  String rule() {
    return text(By.id("path-rule"));
  }

  /** Adopts the path and its courses into the signed-in librarian's library; its editor opens. */
  CurriculumEditorPage adopt() {
    submit(By.id("path-adopt:adopt-path"));
    return new CurriculumEditorPage(browser);
  }

  boolean offersEnrol() {
    return !all(By.id("path-enrol:enrol-path")).isEmpty();
  }

  PathPage enrol() {
    submit(By.id("path-enrol:enrol-path"));
    return new PathPage(browser);
  }

  boolean showsProgress() {
    return !all(By.id("path-progress-text")).isEmpty();
  }

  String progressText() {
    return text(By.id("path-progress-text"));
  }

  /** Each course's title with its badges' words (required/elective, state, next). */
  Map<String, String> steps() {
    Map<String, String> steps = new LinkedHashMap<>();
    for (WebElement li : all(By.cssSelector("#path-steps li.path-step"))) {
      String title = li.findElement(By.tagName("a")).getText().strip();
      String badges =
          li.findElements(By.cssSelector(".badge")).stream()
              .map(b -> b.getText().strip())
              .reduce((a, b) -> a + " " + b)
              .orElse("");
      steps.put(title, badges);
    }
    return steps;
  }

  /** What the "still needed" box lists. */
  List<String> stillNeeded() {
    return all(By.cssSelector("#path-needed li")).stream().map(e -> e.getText().strip()).toList();
  }

  String next() {
    return text(By.cssSelector("#path-next a"));
  }

  boolean completed() {
    return !all(By.id("path-completed")).isEmpty();
  }

  LearnCoursePage openCourse(String title) {
    WebElement link =
        all(By.cssSelector("#path-steps li.path-step a")).stream()
            .filter(a -> a.getText().strip().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not on the path: " + title));
    browser.clickAndWaitForPage(link);
    return new LearnCoursePage(browser);
  }
}
