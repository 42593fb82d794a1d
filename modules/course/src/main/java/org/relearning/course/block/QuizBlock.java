package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A quiz placed in the flow of a lesson; the block holds the quiz's id, the quiz module the rest.
 */
@ApplicationScoped
public class QuizBlock implements BlockType {

  public static final String ID = "quiz";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "block.quiz";
  }

  @Override
  public String deliveryView() {
    return "/WEB-INF/blocks/quiz.xhtml";
  }

  @Override
  public String editorView() {
    return "/WEB-INF/blocks/quiz-editor.xhtml";
  }

  @Override
  public String prepareBody(String authored) {
    return null;
  }
}
