package org.relearning.quiz.exchange;

import java.util.Objects;

/**
 * A question (or the whole input) that was not imported. {@code line} is the 1-based line where it
 * starts, 0 for the whole input; {@code name} is its title if it had one, else ""; {@code
 * reasonKey} is a bundle key; {@code detail} is untranslated context (the offending text, a count),
 * possibly "".
 */
public record Skipped(int line, String name, String reasonKey, String detail) {

  public Skipped {
    Objects.requireNonNull(reasonKey, "reasonKey");
    name = name == null ? "" : name;
    detail = detail == null ? "" : detail;
  }
}
