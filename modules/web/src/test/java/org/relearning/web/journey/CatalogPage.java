package org.relearning.web.journey;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /catalog.xhtml}: the published courses. */
final class CatalogPage extends Page {

  static final String PATH = "/catalog.xhtml";

  CatalogPage(Browser browser) {
    super(browser, PATH);
  }

  static CatalogPage open(Browser browser) {
    browser.open(PATH);
    return new CatalogPage(browser);
  }

  List<String> courseTitles() {
    return all(By.cssSelector("#catalog .card h2 a")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  CoursePage openCourse(String title) {
    WebElement link =
        find(title).orElseThrow(() -> new AssertionError("not in catalogue: " + title));
    browser.clickAndWaitForPage(link);
    return new CoursePage(browser);
  }

  private Optional<WebElement> find(String title) {
    return all(By.cssSelector("#catalog .card h2 a")).stream()
        .filter(a -> a.getText().strip().equals(title))
        .findFirst();
  }
}
