package org.relearning.quiz.exchange;

import java.util.Objects;

/**
 * One option of an imported question, its text encoded as the question type expects (for example
 * {@code 3.5|0.1} for a numeric answer or {@code left=>right} for a matching pair). Feedback is ""
 * when there is none.
 */
public record ImportedChoice(String text, boolean correct, String feedback) {

  public ImportedChoice {
    Objects.requireNonNull(text, "text");
    feedback = feedback == null ? "" : feedback;
  }

  public ImportedChoice(String text, boolean correct) {
    this(text, correct, "");
  }
}
