package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /author/curricula.xhtml} (a new path) and {@code /author/curriculum.xhtml?id=N} (its
 * details and courses).
 */
final class CurriculumEditorPage extends Page {

  static final String PATH = "/author/curriculum.xhtml";

  CurriculumEditorPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("details:title"));
  }

  /** Creates a path from the list page, landing in its editor. */
  static CurriculumEditorPage create(Browser browser, String title) {
    browser.open("/author/curricula.xhtml");
    browser.waitForPage();
    WebElement field = browser.waitFor(d -> d.findElement(By.id("new-curriculum:title")));
    field.clear();
    field.sendKeys(title);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("new-curriculum:create")));
    return new CurriculumEditorPage(browser);
  }

  CurriculumEditorPage addCourse(String title, boolean required) {
    new Select(clickable(By.id("add:course"))).selectByVisibleText(title);
    WebElement box = clickable(By.id("add:required"));
    if (box.isSelected() != required) {
      box.click();
    }
    submit(By.id("add:add-course"));
    return new CurriculumEditorPage(browser);
  }

  CurriculumEditorPage electives(String count) {
    type(By.id("details:electives"), count);
    submit(By.id("details:save"));
    return new CurriculumEditorPage(browser);
  }

  /** Moves the course at {@code index} (from 0) one place up. */
  CurriculumEditorPage moveUp(int index) {
    WebElement row = all(By.cssSelector("#path-courses li.path-editor-row")).get(index);
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("input[id$=':up']")));
    return new CurriculumEditorPage(browser);
  }

  CurriculumEditorPage publish() {
    submit(By.id("details:publish"));
    return new CurriculumEditorPage(browser);
  }

  /** Each course row's title and whether it is required, as the row's button says. */
  List<String> courses() {
    return all(By.cssSelector("#path-courses li.path-editor-row")).stream()
        .map(
            li ->
                li.findElement(By.cssSelector(".path-editor-title")).getText().strip()
                    + " · "
                    + li.findElement(By.cssSelector("input[id$=':required']"))
                        .getAttribute("value"))
        .toList();
  }

  String status() {
    return text(By.id("curriculum-status"));
  }

  PathPage preview() {
    browser.clickAndWaitForPage(clickable(By.cssSelector("#details a[href*='/path.xhtml']")));
    return new PathPage(browser);
  }
}
