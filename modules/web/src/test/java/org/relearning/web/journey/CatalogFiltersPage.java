package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** {@code /catalog.xhtml} with its filters: search text, career field, level and library. */
final class CatalogFiltersPage extends Page {

  CatalogFiltersPage(Browser browser) {
    super(browser, CatalogPage.PATH);
    visible(By.id("filters"));
  }

  static CatalogFiltersPage open(Browser browser) {
    browser.open(CatalogPage.PATH);
    return new CatalogFiltersPage(browser);
  }

  /** Chooses a career field and a level (values; empty for any) and applies them. */
  CatalogFiltersPage filter(String category, String level) {
    new Select(visible(By.id("category"))).selectByValue(category);
    new Select(visible(By.id("level"))).selectByValue(level);
    submit(By.id("search"));
    return new CatalogFiltersPage(browser);
  }

  CatalogFiltersPage search(String text) {
    type(By.id("q"), text);
    submit(By.id("search"));
    return new CatalogFiltersPage(browser);
  }

  List<String> courseTitles() {
    return all(By.cssSelector("#catalog .card h2 a")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** The career field, level and hours shown on each course's card. */
  List<String> facts() {
    return all(By.cssSelector("#catalog .card .facts")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }

  CoursePage openCourse(String title) {
    browser.clickAndWaitForPage(
        all(By.cssSelector("#catalog .card h2 a")).stream()
            .filter(a -> a.getText().strip().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not in catalogue: " + title)));
    return new CoursePage(browser);
  }

  long courseId(String title) {
    String href =
        all(By.cssSelector("#catalog .card h2 a")).stream()
            .filter(a -> a.getText().strip().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not in catalogue: " + title))
            .getAttribute("href");
    return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }
}
