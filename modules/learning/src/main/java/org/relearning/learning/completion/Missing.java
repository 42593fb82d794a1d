package org.relearning.learning.completion;

import java.io.Serializable;
import java.util.List;

/** One thing a learner still lacks, as a bundle key and its arguments, so pages can say it. */
public record Missing(String key, List<Serializable> arguments) implements Serializable {

  public Missing {
    arguments = List.copyOf(arguments);
  }

  public static Missing of(String key, Serializable... arguments) {
    return new Missing(key, List.of(arguments));
  }
}
