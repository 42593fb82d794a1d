package org.relearning.quiz.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Splits comma-separated responses. Everything here treats the response as hostile: it comes from a
 * browser, so it may be huge, forged or garbage, and the answer to that is "no tokens", never an
 * exception.
 */
final class ResponseTokens {

  /** Longer responses are refused before any splitting; no honest list response is this long. */
  static final int MAX_LENGTH = 10_000;

  private static final int MAX_ID_DIGITS = 18;

  private ResponseTokens() {}

  /**
   * The trimmed tokens of {@code response}, or empty when it is null, longer than {@link
   * #MAX_LENGTH} or has more than {@code maxTokens} tokens. A blank response has no tokens.
   */
  static Optional<List<String>> split(String response, int maxTokens) {
    if (response == null || response.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (response.isBlank()) {
      return Optional.of(List.of());
    }
    List<String> tokens = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = response.indexOf(',', start);
      int end = comma < 0 ? response.length() : comma;
      if (tokens.size() == maxTokens) {
        return Optional.empty();
      }
      tokens.add(response.substring(start, end).trim());
      if (comma < 0) {
        return Optional.of(tokens);
      }
      start = comma + 1;
    }
  }

  /** A choice id written as ASCII decimal digits, or empty for anything else. */
  static OptionalLong id(String token) {
    if (token.isEmpty() || token.length() > MAX_ID_DIGITS) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Long.parseLong(token));
  }

  /**
   * The ids in {@code response}, in order, or empty unless every token is an id. Duplicates are
   * kept, so callers can refuse them.
   */
  static Optional<List<Long>> ids(String response, int maxTokens) {
    Optional<List<String>> tokens = split(response, maxTokens);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>();
    for (String token : tokens.get()) {
      OptionalLong id = id(token);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      ids.add(id.getAsLong());
    }
    return Optional.of(ids);
  }
}
