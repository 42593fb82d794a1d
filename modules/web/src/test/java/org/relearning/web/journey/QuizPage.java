package org.relearning.web.journey;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /learn/quiz.xhtml?id=Q}: questions answered one radio button at a time, each answer saved
 * by Ajax as it is chosen; submit shows the result on the same page.
 */
final class QuizPage extends Page {

  static final String PATH = "/learn/quiz.xhtml";

  QuizPage(Browser browser) {
    super(browser, PATH);
    visible(By.tagName("h1"));
  }

  /**
   * Chooses an answer by its label and waits until the page says it was saved on the server.
   *
   * @param savedText what the page shows next to a saved answer, in the page's language
   */
  QuizPage choose(String question, String option, String savedText) {
    WebElement label = label(question, option);
    browser.guardAjax();
    label.click();
    browser.waitForAjax();
    browser.waitFor(d -> savedText.equals(savedIndicator(question)));
    return this;
  }

  boolean isChosen(String question, String option) {
    WebElement label = label(question, option);
    return browser.driver().findElement(By.id(label.getAttribute("for"))).isSelected();
  }

  String savedIndicator(String question) {
    return fieldset(question).findElements(By.cssSelector("[id$=':saved']")).stream()
        .findFirst()
        .map(e -> e.getText().strip())
        .orElse("");
  }

  QuizPage reload() {
    browser.reload();
    return new QuizPage(browser);
  }

  QuizPage submit() {
    submit(By.id("quiz:submit"));
    QuizPage after = new QuizPage(browser);
    after.visible(By.id("quiz-result"));
    return after;
  }

  boolean passed() {
    return visible(By.id("quiz-result")).getAttribute("class").contains("valid");
  }

  String result() {
    return text(By.cssSelector("#quiz-result strong"));
  }

  String score() {
    return text(By.id("quiz-score"));
  }

  LearnCoursePage backToCourse() {
    browser.clickAndWaitForPage(
        clickable(By.cssSelector("#quiz-result a[href*='/learn/course.xhtml']")));
    return new LearnCoursePage(browser);
  }

  private WebElement fieldset(String question) {
    return browser.waitFor(
        d ->
            all(By.cssSelector("form#quiz fieldset")).stream()
                .filter(f -> f.findElement(By.tagName("legend")).getText().contains(question))
                .findFirst()
                .orElse(null));
  }

  private WebElement label(String question, String option) {
    return browser.waitFor(
        d -> {
          Optional<WebElement> found =
              fieldset(question).findElements(By.tagName("label")).stream()
                  .filter(l -> l.getText().strip().equals(option))
                  .findFirst();
          return found.orElse(null);
        });
  }
}
