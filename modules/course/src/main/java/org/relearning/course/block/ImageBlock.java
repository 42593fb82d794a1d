package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.relearning.course.media.MediaKind;
import org.relearning.platform.error.BusinessException;

/**
 * A picture with its alternative text (body): what a learner who cannot see it, or whose phone did
 * not load it, is told instead. The text is required.
 */
@ApplicationScoped
public class ImageBlock implements BlockType {

  public static final String ID = "image";
  public static final int ALT_MAX = 500;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "block.image";
  }

  @Override
  public String deliveryView() {
    return "/WEB-INF/blocks/image.xhtml";
  }

  @Override
  public String editorView() {
    return "/WEB-INF/blocks/image-editor.xhtml";
  }

  @Override
  public Set<MediaKind> acceptedMedia() {
    return Set.of(MediaKind.IMAGE);
  }

  @Override
  public String prepareBody(String authored) {
    String alt = BlockTexts.plain(authored, ALT_MAX);
    if (alt == null) {
      throw new BusinessException("block.image.altRequired");
    }
    return alt;
  }

  @Override
  public PreparedBlock prepare(String authored, Long refId) {
    String alt = prepareBody(authored);
    if (refId == null) {
      throw new BusinessException("block.image.fileRequired");
    }
    return new PreparedBlock(alt, refId);
  }
}
