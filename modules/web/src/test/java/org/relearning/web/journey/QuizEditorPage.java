package org.relearning.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /author/quiz.xhtml?id=Q}: pass mark and the questions of one quiz. */
final class QuizEditorPage extends Page {

  static final String PATH = "/author/quiz.xhtml";

  QuizEditorPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("settings:pass-mark"));
  }

  String title() {
    return visible(By.id("settings:title")).getAttribute("value");
  }

  String passMark() {
    return visible(By.id("settings:pass-mark")).getAttribute("value");
  }

  QuizEditorPage setPassMark(int percent) {
    type(By.id("settings:pass-mark"), String.valueOf(percent));
    submit(By.id("settings:save"));
    return new QuizEditorPage(browser);
  }

  /** Adds a single-choice question; {@code correct} counts from 0. */
  QuizEditorPage addSingleChoice(String question, List<String> options, int correct) {
    type(By.id("single:text"), question);
    List<WebElement> fields = all(By.cssSelector("[id='single'] [id$='option']"));
    for (int i = 0; i < options.size(); i++) {
      fields.get(i).clear();
      fields.get(i).sendKeys(options.get(i));
    }
    new Select(visible(By.id("single:correct"))).selectByValue(String.valueOf(correct));
    submit(By.id("single:add-single"));
    return new QuizEditorPage(browser);
  }

  QuizEditorPage addTrueFalse(String statement, boolean isTrue) {
    type(By.id("truefalse:statement"), statement);
    new Select(visible(By.id("truefalse:is-true"))).selectByValue(String.valueOf(isTrue));
    submit(By.id("truefalse:add-tf"));
    return new QuizEditorPage(browser);
  }

  List<String> questions() {
    return all(By.cssSelector("#questions > li")).stream().map(e -> e.getText().strip()).toList();
  }

  CourseEditorPage backToCourse() {
    browser.clickAndWaitForPage(clickable(By.cssSelector("main a[href*='/author/course.xhtml']")));
    return new CourseEditorPage(browser);
  }
}
