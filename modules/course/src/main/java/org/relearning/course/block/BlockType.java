package org.relearning.course.block;

/**
 * A kind of lesson content. A new kind is one CDI bean implementing this and one Facelets fragment
 * for each of its views; the lesson player and editor find them through {@link BlockTypes}.
 */
public interface BlockType {

  /** Stored in {@code CRS_BLOCK.BLOCK_TYPE}; never change it once content exists. */
  String id();

  /** Bundle key of the name authors see, e.g. "block.richText". */
  String labelKey();

  /** Facelets fragment that shows the block to a learner, e.g. "/blocks/rich-text.xhtml". */
  String deliveryView();

  /** Turns what an author typed into what is stored: cleaned, checked, never trusted as is. */
  String prepareBody(String authored);
}
