package org.relearning.course.version;

import java.io.Serializable;
import java.util.List;

/** A lesson as it was published; its id is the working copy's, so progress carries over. */
public final class PublishedLesson implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final List<PublishedBlock> blocks;

  public PublishedLesson(long id, String title, List<PublishedBlock> blocks) {
    this.id = id;
    this.title = title;
    this.blocks = List.copyOf(blocks);
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public List<PublishedBlock> getBlocks() {
    return blocks;
  }

  /** Whether a block of this type is in the lesson, e.g. a quiz. */
  public boolean has(String blockType) {
    return blocks.stream().anyMatch(b -> b.getBlockType().equals(blockType));
  }
}
