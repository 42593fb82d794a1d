package org.relearning.web.journey;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /author/lesson.xhtml?id=L}: the lesson's blocks; a new lesson starts with one text block,
 * in PrimeFaces' Quill editor, typed as an instructor types it, with bold from the toolbar.
 */
final class LessonEditorPage extends Page {

  static final String PATH = "/author/lesson.xhtml";
  private static final By EDITOR = By.cssSelector("[id='lesson:body-0'] .ql-editor");

  /** Every text block's Quill editor is up (the first block need not be text). */
  private static final String EDITOR_READY =
      "return !!window.PrimeFaces && Array.from(document.querySelectorAll('[id^=\"lesson:body-\"]'))"
          + ".filter(e => /^lesson:body-\\d+$/.test(e.id)).every(e => e.querySelector('.ql-editor'))";

  private static final By BOLD = By.cssSelector("[id='lesson:body-0'] .ql-toolbar button.ql-bold");

  LessonEditorPage(Browser browser) {
    super(browser, PATH);
    browser.waitFor(d -> Boolean.TRUE.equals(browser.script(EDITOR_READY)));
  }

  /** Puts the caret at the end of the text. */
  LessonEditorPage focusText() {
    clickable(EDITOR).click();
    new Actions(browser.driver())
        .keyDown(Keys.CONTROL)
        .sendKeys(Keys.END)
        .keyUp(Keys.CONTROL)
        .perform();
    return this;
  }

  LessonEditorPage type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
    return this;
  }

  LessonEditorPage typeBold(String text) {
    clickable(BOLD).click();
    type(text);
    clickable(BOLD).click();
    return this;
  }

  LessonEditorPage newParagraph() {
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    return this;
  }

  /** What Quill holds, as plain text (what the hidden field will submit, minus the markup). */
  String editorText() {
    return visible(EDITOR).getText();
  }

  String editorHtml() {
    return visible(EDITOR).getAttribute("innerHTML");
  }

  /** The types of the lesson's blocks, in order, as the editor lists them. */
  List<String> blockTypes() {
    return all(By.cssSelector(".block-row")).stream()
        .map(row -> row.getAttribute("data-type"))
        .toList();
  }

  /** Adds a block of a type from the menu; the page reloads with the new block last. */
  LessonEditorPage addBlock(String typeId) {
    new Select(visible(By.id("lesson:new-type"))).selectByValue(typeId);
    submit(By.id("lesson:add"));
    return new LessonEditorPage(browser);
  }

  /** Chooses a picture file and types its description in the image block at {@code index}. */
  LessonEditorPage fillImage(int index, Path picture, String description) {
    browser.driver().findElement(By.id("lesson:file-" + index)).sendKeys(picture.toString());
    WebElement alt = visible(By.id("lesson:alt-" + index));
    alt.clear();
    alt.sendKeys(description);
    return this;
  }

  /** Chooses a file and types its label in the file block at {@code index}. */
  LessonEditorPage fillFile(int index, Path file, String label) {
    browser.driver().findElement(By.id("lesson:file-" + index)).sendKeys(file.toString());
    WebElement name = visible(By.id("lesson:label-" + index));
    name.clear();
    name.sendKeys(label);
    return this;
  }

  /** The keyboard and phone way to reorder: the block's "move up" button. */
  LessonEditorPage moveUp(int index) {
    submit(By.id("lesson:up-" + index));
    return new LessonEditorPage(browser);
  }

  /** "Save and keep editing". */
  LessonEditorPage apply() {
    submit(By.id("lesson:apply"));
    return new LessonEditorPage(browser);
  }

  /** The error messages shown at the top of the page. */
  String errors() {
    return all(By.cssSelector(".ui-messages-error")).stream()
        .map(WebElement::getText)
        .reduce("", String::concat);
  }

  /** Whether the image block at {@code index} shows its uploaded picture, loaded. */
  boolean showsPicture(int index) {
    List<WebElement> thumbs =
        all(By.cssSelector(".block-row[data-index='" + index + "'] img.media-thumb"));
    return !thumbs.isEmpty()
        && Boolean.TRUE.equals(
            browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbs.get(0)));
  }

  CourseEditorPage save() {
    submit(By.id("lesson:save"));
    return new CourseEditorPage(browser);
  }
}
