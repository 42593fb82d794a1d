package org.relearning.course.exchange;

/**
 * Something wrong with an imported archive, for the person importing it.
 *
 * @param where the place in the archive, e.g. {@code "section 2 › lesson 3 › block 1"} or an entry
 *     name
 * @param reasonKey bundle key of the explanation, e.g. {@code "import.course.zipSlip"}
 * @param detail technical detail (not translated), e.g. the JSON parser's message
 */
public record Problem(String where, String reasonKey, String detail) {}
