package org.relearning.web.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code /author/lesson.xhtml?id=L}: the lesson's blocks; a new lesson starts with one text block,
 * in PrimeFaces' Quill editor, typed as an instructor types it, with bold from the toolbar.
 */
final class LessonEditorPage extends Page {

  static final String PATH = "/author/lesson.xhtml";
  private static final By EDITOR = By.cssSelector("[id='lesson:body-0'] .ql-editor");
  private static final String EDITOR_READY =
      "return !!(window.PrimeFaces && PF('bodyEditor0') && PF('bodyEditor0').editor)";
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

  CourseEditorPage save() {
    submit(By.id("lesson:save"));
    return new CourseEditorPage(browser);
  }
}
