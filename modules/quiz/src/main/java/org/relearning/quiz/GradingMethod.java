package org.relearning.quiz;

import java.util.List;
import java.util.OptionalDouble;

/** Which of a learner's graded attempts makes their grade for the quiz. */
public enum GradingMethod {
  HIGHEST,
  LAST,
  AVERAGE;

  /** The grade from scores in attempt order (oldest first), or empty with no graded attempt. */
  public OptionalDouble of(List<Integer> scoresOldestFirst) {
    if (scoresOldestFirst.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (this) {
      case HIGHEST ->
          OptionalDouble.of(scoresOldestFirst.stream().mapToInt(Integer::intValue).max().orElse(0));
      case LAST -> OptionalDouble.of(scoresOldestFirst.get(scoresOldestFirst.size() - 1));
      case AVERAGE -> scoresOldestFirst.stream().mapToInt(Integer::intValue).average();
    };
  }
}
