package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;
import org.relearning.platform.html.HtmlSanitizer;

/** Formatted text written in the WYSIWYG editor; stored only after allow-list cleaning. */
@ApplicationScoped
public class RichTextBlock implements BlockType {

  public static final String ID = "rich-text";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "block.richText";
  }

  @Override
  public String deliveryView() {
    return "/WEB-INF/blocks/rich-text.xhtml";
  }

  @Override
  public String editorView() {
    return "/WEB-INF/blocks/rich-text-editor.xhtml";
  }

  @Override
  public String prepareBody(String authored) {
    return HtmlSanitizer.clean(authored);
  }
}
