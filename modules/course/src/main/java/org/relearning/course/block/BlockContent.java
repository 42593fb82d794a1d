package org.relearning.course.block;

/** What a block stores: {@code CRS_BLOCK.BODY} and {@code CRS_BLOCK.REF_ID}. */
public record BlockContent(String body, Long refId) {}
