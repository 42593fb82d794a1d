package org.relearning.course.block;

/**
 * What a block type makes of what an author gave, ready to store in {@code CRS_BLOCK.BODY} and
 * {@code CRS_BLOCK.REF_ID}.
 */
public record PreparedBlock(String body, Long refId) {}
