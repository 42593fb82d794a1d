package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** {@code /author/course.xhtml?id=N}, its details form and its co-instructors card. */
final class CourseDetailsEditorPage extends Page {

  CourseDetailsEditorPage(Browser browser) {
    super(browser, CourseEditorPage.PATH);
    visible(By.id("details:save"));
  }

  static CourseDetailsEditorPage open(Browser browser, long courseId) {
    browser.open(CourseEditorPage.PATH + "?id=" + courseId);
    return new CourseDetailsEditorPage(browser);
  }

  String category() {
    return select("details:category").getFirstSelectedOption().getAttribute("value");
  }

  CourseDetailsEditorPage level(String level) {
    select("details:level").selectByValue(level);
    return this;
  }

  CourseDetailsEditorPage hours(String hours) {
    type(By.id("details:hours"), hours);
    return this;
  }

  CourseDetailsEditorPage tags(String tags) {
    type(By.id("details:tags"), tags);
    return this;
  }

  String hours() {
    return visible(By.id("details:hours")).getAttribute("value");
  }

  String tags() {
    return visible(By.id("details:tags")).getAttribute("value");
  }

  CourseDetailsEditorPage save() {
    submit(By.id("details:save"));
    return new CourseDetailsEditorPage(browser);
  }

  CourseDetailsEditorPage addCoInstructor(String username) {
    type(By.id("instructors:username"), username);
    submit(By.id("instructors:add"));
    return new CourseDetailsEditorPage(browser);
  }

  List<String> instructorNames() {
    return all(By.cssSelector("#instructor-list .name")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  private Select select(String id) {
    return new Select(visible(By.id(id)));
  }
}
