package org.relearning.quiz.exchange;

import java.util.List;
import java.util.Objects;

/**
 * A question read from an exchange format, not yet saved. {@code type} is a question type id (such
 * as {@code single-choice}); {@code name} and {@code generalFeedback} are "" when absent.
 */
public record ImportedQuestion(
    String type,
    String name,
    String text,
    int points,
    List<ImportedChoice> choices,
    String generalFeedback) {

  /** Points of a question whose format does not say. */
  public static final int DEFAULT_POINTS = 1;

  public ImportedQuestion {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    name = name == null ? "" : name;
    choices = List.copyOf(choices);
    generalFeedback = generalFeedback == null ? "" : generalFeedback;
  }
}
