package org.relearning.web.journey;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /author/bank.xhtml}: a bank's categories, the selected category's questions, the editor of
 * one question, import and export.
 */
final class QuestionBankPage extends Page {

  static final String PATH = "/author/bank.xhtml";

  /** One question as its row in the list shows it. */
  record Row(String label, String type, String points, String tags, String revision) {}

  /** One question that an import left out: where it was, and why. */
  record SkippedRow(String where, String reason) {}

  QuestionBankPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("bank-name"));
  }

  QuestionBankPage addCategory(String name) {
    type(By.id("new-category:name"), name);
    submit(By.id("new-category:add"));
    return new QuestionBankPage(browser);
  }

  String selectedCategory() {
    return text(By.cssSelector("#categories a.current"));
  }

  List<String> categories() {
    return all(By.cssSelector("#categories a")).stream().map(e -> e.getText().strip()).toList();
  }

  QuestionBankPage selectCategory(String name) {
    WebElement link =
        all(By.cssSelector("#categories a")).stream()
            .filter(a -> a.getText().strip().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no category " + name));
    browser.clickAndWaitForPage(link);
    return new QuestionBankPage(browser);
  }

  /** Opens the editor for a new question of the type (its id, such as {@code matching}). */
  QuestionBankPage write(String typeId) {
    new Select(visible(By.id("new-type"))).selectByValue(typeId);
    submit(By.id("write-question"));
    QuestionBankPage page = new QuestionBankPage(browser);
    page.visible(By.id("editor:text"));
    return page;
  }

  QuestionBankPage fill(String text, String name, int points, String tags) {
    type(By.id("editor:text"), text);
    type(By.id("editor:name"), name);
    type(By.id("editor:points"), String.valueOf(points));
    type(By.id("editor:tags"), tags);
    return this;
  }

  QuestionBankPage points(int points) {
    type(By.id("editor:points"), String.valueOf(points));
    return this;
  }

  /** Types into a field of an option row: {@code opt-text}, {@code opt-left}, and so on. */
  QuestionBankPage row(int index, String field, String value) {
    type(By.cssSelector("#editor [id$=':" + index + ":" + field + "']"), value);
    return this;
  }

  String rowValue(int index, String field) {
    return visible(By.cssSelector("#editor [id$=':" + index + ":" + field + "']"))
        .getAttribute("value");
  }

  int rows() {
    return all(By.cssSelector("#editor fieldset.option-row")).size();
  }

  QuestionBankPage addRow() {
    submit(By.cssSelector("#editor [id$='add-row']"));
    return new QuestionBankPage(browser);
  }

  QuestionBankPage removeRow(int index) {
    submit(By.cssSelector("#editor [id$=':" + index + ":opt-remove']"));
    return new QuestionBankPage(browser);
  }

  /** Saves a question written for a quiz: the page returns to the quiz, which asks it. */
  QuizEditorPage saveIntoQuiz() {
    submit(By.id("editor:save"));
    return new QuizEditorPage(browser);
  }

  /** Saves the editor; on a refusal the editor stays, with its error. */
  QuestionBankPage save() {
    submit(By.id("editor:save"));
    return new QuestionBankPage(browser);
  }

  String editorError() {
    List<WebElement> e = all(By.id("editor:errors"));
    return e.isEmpty() ? "" : e.get(0).getText().strip();
  }

  boolean editorOpen() {
    return !all(By.id("editor:text")).isEmpty();
  }

  String editorHeading() {
    return text(By.id("editor-heading"));
  }

  String editorText() {
    return visible(By.id("editor:text")).getAttribute("value");
  }

  List<Row> questions() {
    return all(By.cssSelector("#questions tr.question-row")).stream()
        .map(
            r ->
                new Row(
                    r.findElement(By.className("q-label")).getText().strip(),
                    r.findElement(By.className("q-type")).getText().strip(),
                    r.findElement(By.className("q-points")).getText().strip(),
                    r.findElement(By.className("q-tags")).getText().strip(),
                    r.findElement(By.className("q-revision")).getText().strip()))
        .toList();
  }

  QuestionBankPage edit(String label) {
    WebElement row =
        all(By.cssSelector("#questions tr.question-row")).stream()
            .filter(r -> r.findElement(By.className("q-label")).getText().strip().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no question " + label));
    browser.clickAndWaitForPage(row.findElement(By.className("q-edit")));
    QuestionBankPage page = new QuestionBankPage(browser);
    page.visible(By.id("editor:text"));
    return page;
  }

  QuestionBankPage filter(String text) {
    type(By.id("filter-text"), text);
    submit(By.id("apply-filter"));
    return new QuestionBankPage(browser);
  }

  String bankName() {
    return text(By.id("bank-name"));
  }

  /** Opens the library's shared bank from the switcher (made on first use). */
  QuestionBankPage openSharedBank(String label) {
    List<WebElement> offer = all(By.id("open-shared"));
    WebElement link =
        !offer.isEmpty()
            ? offer.get(0)
            : all(By.cssSelector("#banks a")).stream()
                .filter(a -> a.getText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shared bank in the switcher"));
    browser.clickAndWaitForPage(link);
    return new QuestionBankPage(browser);
  }

  /** Imports a file in a format ({@code GIFT}, {@code AIKEN}, {@code MOODLEXML}). */
  QuestionBankPage importFile(String format, Path file) {
    new Select(visible(By.id("import:format"))).selectByValue(format);
    browser.driver().findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
    submit(By.id("import:upload"));
    return new QuestionBankPage(browser);
  }

  String importedCount() {
    return text(By.id("imported-count"));
  }

  List<SkippedRow> skipped() {
    return all(By.cssSelector("#skipped tr.skipped-row")).stream()
        .map(
            r ->
                new SkippedRow(
                    r.findElement(By.className("where")).getText().strip(),
                    r.findElement(By.className("reason")).getText().strip()))
        .toList();
  }

  /** The path (without the context) of the Moodle XML download link. */
  String exportXmlPath() {
    String href = visible(By.id("export-xml")).getAttribute("href");
    return href.substring(href.indexOf("/author/"));
  }

  CourseEditorPage backToCourse() {
    browser.clickAndWaitForPage(clickable(By.id("back-to-course")));
    return new CourseEditorPage(browser);
  }
}
