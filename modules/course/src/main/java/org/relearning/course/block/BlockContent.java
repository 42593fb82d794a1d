package org.relearning.course.block;

/**
 * What a block's views read: its type, its stored body and the id it refers to. Both the author's
 * working copy and a published version offer this, so one fragment shows either.
 */
public interface BlockContent {

  String getBlockType();

  String getBody();

  Long getRefId();
}
