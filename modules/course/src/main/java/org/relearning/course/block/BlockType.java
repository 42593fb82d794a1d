package org.relearning.course.block;

import java.util.Set;
import org.relearning.course.media.MediaKind;

/**
 * A kind of lesson content. A new kind is one CDI bean implementing this and one Facelets fragment
 * for each of its views; the lesson player and editor find them through {@link BlockTypes}.
 *
 * <p>Delivery fragments see the block as {@code block} and may only use {@code block.blockType},
 * {@code block.body} and {@code block.refId} (the player may hand them a read-only copy).
 */
public interface BlockType {

  /** Stored in {@code CRS_BLOCK.BLOCK_TYPE}; never change it once content exists. */
  String id();

  /** Bundle key of the name authors see, e.g. "block.richText". */
  String labelKey();

  /** Facelets fragment that shows the block to a learner, e.g. "/blocks/rich-text.xhtml". */
  String deliveryView();

  /**
   * Facelets fragment in which an author edits the block in the lesson editor. It sees the block
   * being edited as {@code block}, with a writable {@code block.body} and {@code block.upload}.
   * Without one, the editor shows the block as learners see it.
   */
  default String editorView() {
    return null;
  }

  /** Turns what an author typed into what is stored: cleaned, checked, never trusted as is. */
  String prepareBody(String authored);

  /** The kinds of uploaded media the block shows; empty for blocks without media. */
  default Set<MediaKind> acceptedMedia() {
    return Set.of();
  }

  /**
   * The stored content from what an author gave: {@code authored} text, and {@code refId} (the
   * media just uploaded or kept, or the quiz). Refuses incomplete content with a {@link
   * org.relearning.platform.error.BusinessException}.
   */
  default PreparedBlock prepare(String authored, Long refId) {
    return new PreparedBlock(prepareBody(authored), refId);
  }
}
