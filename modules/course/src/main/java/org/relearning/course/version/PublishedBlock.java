package org.relearning.course.version;

import java.io.Serializable;
import org.relearning.course.block.BlockContent;

/** A block as it was published. */
public final class PublishedBlock implements BlockContent, Serializable {

  private static final long serialVersionUID = 1L;

  private final String blockType;
  private final String body;
  private final Long refId;

  public PublishedBlock(String blockType, String body, Long refId) {
    this.blockType = blockType;
    this.body = body;
    this.refId = refId;
  }

  @Override
  public String getBlockType() {
    return blockType;
  }

  @Override
  public String getBody() {
    return body;
  }

  @Override
  public Long getRefId() {
    return refId;
  }
}
