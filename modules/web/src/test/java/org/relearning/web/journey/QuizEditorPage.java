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

  /** The settings the quiz form shows, by field id (without the form prefix). */
  String setting(String field) {
    return visible(By.id("settings:" + field)).getAttribute("value");
  }

  String gradingMethod() {
    return new Select(visible(By.id("settings:grading")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  QuizEditorPage saveSettings(int timeLimit, int perPage, int attempts, String grading) {
    type(By.id("settings:time-limit"), String.valueOf(timeLimit));
    type(By.id("settings:per-page"), String.valueOf(perPage));
    type(By.id("settings:attempts"), String.valueOf(attempts));
    new Select(visible(By.id("settings:grading"))).selectByValue(grading);
    submit(By.id("settings:save"));
    return new QuizEditorPage(browser);
  }

  QuizEditorPage reload() {
    browser.reload();
    return new QuizEditorPage(browser);
  }

  /** Adds the first bank question whose label contains {@code text}. */
  QuizEditorPage addFromBank(String text) {
    Select select = new Select(visible(By.id("from-bank:question")));
    WebElement option =
        select.getOptions().stream()
            .filter(o -> o.getText().contains(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no bank question " + text));
    select.selectByValue(option.getAttribute("value"));
    submit(By.id("from-bank:add-fixed"));
    return new QuizEditorPage(browser);
  }

  /** Adds a random draw from the first category whose label ends with {@code category}. */
  QuizEditorPage addRandom(String category, int count) {
    Select select = new Select(visible(By.id("random:category")));
    WebElement option =
        select.getOptions().stream()
            .filter(o -> o.getText().strip().endsWith(category))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no category " + category));
    select.selectByValue(option.getAttribute("value"));
    type(By.id("random:count"), String.valueOf(count));
    submit(By.id("random:add-random"));
    return new QuizEditorPage(browser);
  }

  /** Moves the slot at {@code index} (from 0) one place up. */
  QuizEditorPage moveUp(int index) {
    submit(By.cssSelector("#questions > li:nth-child(" + (index + 1) + ") .slot-up"));
    return new QuizEditorPage(browser);
  }

  /** Opens the bank's editor for a new question of the type, in the quiz's own category. */
  QuestionBankPage writeQuestion(String typeId) {
    new Select(visible(By.id("write:type"))).selectByValue(typeId);
    submit(By.id("write:write-question"));
    return new QuestionBankPage(browser);
  }

  QuizEditorPage remove(int index) {
    submit(By.cssSelector("#questions > li:nth-child(" + (index + 1) + ") .slot-remove"));
    return new QuizEditorPage(browser);
  }

  boolean warnsAt(int index) {
    return !all(By.cssSelector("#questions > li:nth-child(" + (index + 1) + ") .slot-warning"))
        .isEmpty();
  }

  CourseEditorPage backToCourse() {
    browser.clickAndWaitForPage(clickable(By.cssSelector("main a[href*='/author/course.xhtml']")));
    return new CourseEditorPage(browser);
  }
}
