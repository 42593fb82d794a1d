package org.relearning.web.journey;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /learn/quiz.xhtml?id=Q}: the quiz's rules and the learner's attempts with a Start button;
 * the attempt one page of questions at a time, each answer saved by Ajax as it changes; a
 * confirmation before submitting; then the result and review ({@code ?attempt=A}).
 */
final class QuizPage extends Page {

  static final String PATH = "/learn/quiz.xhtml";

  QuizPage(Browser browser) {
    super(browser, PATH);
    visible(By.tagName("h1"));
  }

  // ---- start view

  boolean offersStart() {
    return !all(By.id("start:start")).isEmpty();
  }

  /** Starts (or resumes) an attempt and waits for its first questions. */
  QuizPage start() {
    submit(By.id("start:start"));
    QuizPage attempt = new QuizPage(browser);
    attempt.visible(By.cssSelector("form#quiz"));
    return attempt;
  }

  String startLabel() {
    return clickable(By.id("start:start")).getAttribute("value");
  }

  /** A fact of the start view by its id without "fact-": questions, time-limit, attempts, grade. */
  String fact(String name) {
    return text(By.id("fact-" + name));
  }

  /** The previous attempts listed: number, date and result, as shown. */
  List<String> attempts() {
    return all(By.cssSelector("#attempts tr.attempt")).stream()
        .map(tr -> tr.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }

  QuizPage openReview(int row) {
    List<WebElement> links = all(By.cssSelector("#attempts tr.attempt a.review-link"));
    browser.clickAndWaitForPage(links.get(row));
    QuizPage review = new QuizPage(browser);
    review.visible(By.id("quiz-result"));
    return review;
  }

  // ---- attempt view

  /** "Attempt 1" in the page's language. */
  String attemptLabel() {
    return text(By.id("quiz-attempt-no"));
  }

  /** "Page 2 of 3" in the page's language. */
  String pageOf() {
    return text(By.id("quiz-page-of"));
  }

  /** The questions of the current page, as their legends read. */
  List<String> questions() {
    return all(By.cssSelector("form#quiz section.question .question-text")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Chooses a radio button or ticks a checkbox by its label and waits until it is saved. */
  QuizPage choose(String question, String option, String savedText) {
    WebElement label = label(question, option);
    browser.guardAjax();
    label.click();
    waitSaved(question, savedText);
    return this;
  }

  boolean isChosen(String question, String option) {
    WebElement label = label(question, option);
    return browser.driver().findElement(By.id(label.getAttribute("for"))).isSelected();
  }

  /** Types into the question's text field and leaves it, which saves it. */
  QuizPage type(String question, String answer, String savedText) {
    WebElement input = fieldset(question).findElement(By.cssSelector("input[type=text], textarea"));
    input.clear();
    input.sendKeys(answer);
    browser.guardAjax();
    input.sendKeys(Keys.TAB);
    waitSaved(question, savedText);
    return this;
  }

  String typed(String question) {
    return fieldset(question)
        .findElement(By.cssSelector("input[type=text], textarea"))
        .getAttribute("value");
  }

  /** Chooses the right-hand item for a left-hand prompt of a matching question. */
  QuizPage match(String question, String prompt, String right, String savedText) {
    Select select = new Select(matchSelect(question, prompt));
    browser.guardAjax();
    select.selectByVisibleText(right);
    waitSaved(question, savedText);
    return this;
  }

  /**
   * Chooses a right-hand item while saving fails (the network is down, say) and waits until the
   * question says so.
   */
  QuizPage matchUnsaved(String question, String prompt, String right, String failedText) {
    Select select = new Select(matchSelect(question, prompt));
    browser.guardAjax();
    select.selectByVisibleText(right);
    browser.waitForAjax();
    browser.waitFor(d -> failedText.equals(savedIndicator(question)));
    return this;
  }

  /** Whether the question offers to retry saving its answer. */
  boolean offersRetry(String question) {
    return fieldset(question).findElements(By.cssSelector("[id$=':retry']")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** Saves the question's answer again with its retry button. */
  QuizPage retrySaving(String question, String savedText) {
    WebElement retry = fieldset(question).findElement(By.cssSelector("[id$=':retry']"));
    browser.guardAjax();
    retry.click();
    waitSaved(question, savedText);
    return this;
  }

  String matched(String question, String prompt) {
    return new Select(matchSelect(question, prompt)).getFirstSelectedOption().getText().strip();
  }

  /** The items of an ordering question, top to bottom. */
  List<String> order(String question) {
    return fieldset(question).findElements(By.cssSelector("ol.ordering li .item-text")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /**
   * Puts the items of an ordering question in the given order with the keyboard: focus an item's
   * "up" button and press Enter until the item is in place. Waits until the last order is saved.
   */
  QuizPage arrange(String question, List<String> wanted, String savedText) {
    browser.guardAjax();
    for (int target = 0; target < wanted.size(); target++) {
      String item = wanted.get(target);
      while (order(question).indexOf(item) > target) {
        WebElement up =
            fieldset(question).findElements(By.cssSelector("ol.ordering li")).stream()
                .filter(
                    li ->
                        li.findElement(By.cssSelector(".item-text")).getText().strip().equals(item))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("button.move-up"));
        up.sendKeys(Keys.ENTER);
      }
    }
    browser.waitForAjax();
    waitSaved(question, savedText);
    return this;
  }

  String savedIndicator(String question) {
    return fieldset(question).findElements(By.cssSelector("[id$=':saved']")).stream()
        .findFirst()
        .map(e -> e.getText().strip())
        .orElse("");
  }

  /** Seconds left as the server said when it rendered the page; -1 without a timer. */
  long serverSecondsLeft() {
    List<WebElement> timer = all(By.id("quiz-timer"));
    return timer.isEmpty() ? -1 : Long.parseLong(timer.get(0).getAttribute("data-seconds"));
  }

  /** The countdown as shown, mm:ss. */
  String clock() {
    return text(By.id("quiz-clock"));
  }

  boolean offersPrevious() {
    return !all(By.id("quiz:previous")).isEmpty();
  }

  QuizPage next() {
    submit(By.id("quiz:next"));
    return new QuizPage(browser);
  }

  QuizPage previous() {
    submit(By.id("quiz:previous"));
    return new QuizPage(browser);
  }

  QuizPage reload() {
    browser.reload();
    return new QuizPage(browser);
  }

  /** Asks to submit; the page comes back asking for confirmation. */
  QuizPage askToSubmit() {
    submit(By.id("quiz:submit"));
    QuizPage confirm = new QuizPage(browser);
    confirm.visible(By.id("confirm-submit"));
    return confirm;
  }

  String unanswered() {
    return text(By.id("unanswered"));
  }

  QuizPage confirmSubmit() {
    submit(By.id("quiz:confirm"));
    QuizPage after = new QuizPage(browser);
    after.visible(By.id("quiz-result"));
    return after;
  }

  /** Submits and confirms. */
  QuizPage submit() {
    return askToSubmit().confirmSubmit();
  }

  // ---- result and review

  boolean passed() {
    return visible(By.id("quiz-result")).getAttribute("class").contains("valid");
  }

  String result() {
    return text(By.cssSelector("#quiz-result strong"));
  }

  String score() {
    return text(By.id("quiz-score"));
  }

  /** What the review shows of question {@code number}: the whole text of its box. */
  String reviewOf(int number) {
    return visible(By.id("review-" + number)).getText();
  }

  List<String> reviewLines(int number, String list) {
    return visible(By.id("review-" + number))
        .findElements(By.cssSelector("ul." + list + " li"))
        .stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  QuizPage backToQuiz() {
    browser.clickAndWaitForPage(clickable(By.id("back-to-quiz")));
    return new QuizPage(browser);
  }

  LearnCoursePage backToCourse() {
    browser.clickAndWaitForPage(
        clickable(By.cssSelector("#quiz-result a[href*='/learn/course.xhtml']")));
    return new LearnCoursePage(browser);
  }

  // ----

  private void waitSaved(String question, String savedText) {
    browser.waitForAjax();
    browser.waitFor(d -> savedText.equals(savedIndicator(question)));
  }

  private WebElement fieldset(String question) {
    return browser.waitFor(
        d ->
            all(By.cssSelector("form#quiz fieldset")).stream()
                .filter(f -> f.findElement(By.tagName("legend")).getText().contains(question))
                .findFirst()
                .orElse(null));
  }

  private WebElement matchSelect(String question, String prompt) {
    return browser.waitFor(
        d ->
            fieldset(question).findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(prompt))
                .findFirst()
                .map(l -> browser.driver().findElement(By.id(l.getAttribute("for"))))
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
