package org.relearning.quiz.type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/** The scoring both multiple-response types share. */
final class MultipleResponseScoring {

  private MultipleResponseScoring() {}

  static List<String> validate(Question question) {
    List<String> problems = new ArrayList<>();
    if (question.getChoices().size() < 2) {
      problems.add("question.problem.fewChoices");
    }
    if (question.getChoices().stream().noneMatch(Choice::isCorrect)) {
      problems.add("question.problem.noCorrect");
    }
    return problems;
  }

  static double partialCredit(Question question, String response) {
    Optional<Set<Choice>> ticked = ticked(question, response);
    long correctCount = question.getChoices().stream().filter(Choice::isCorrect).count();
    if (ticked.isEmpty() || correctCount == 0) {
      return 0;
    }
    long right = ticked.get().stream().filter(Choice::isCorrect).count();
    long wrong = ticked.get().size() - right;
    return Math.max(0, (double) (right - wrong) / correctCount);
  }

  static double allOrNothing(Question question, String response) {
    Optional<Set<Choice>> ticked = ticked(question, response);
    Set<Choice> correct =
        question.getChoices().stream().filter(Choice::isCorrect).collect(Collectors.toSet());
    return ticked.isPresent() && !correct.isEmpty() && ticked.get().equals(correct) ? 1 : 0;
  }

  /** The ticked options, or empty when the response is malformed, forged or repeats an id. */
  private static Optional<Set<Choice>> ticked(Question question, String response) {
    List<Choice> choices = question.getChoices();
    Optional<List<Long>> ids = ResponseTokens.ids(response, choices.size());
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, Choice> byId =
        choices.stream()
            .filter(c -> c.getId() != null)
            .collect(Collectors.toMap(Choice::getId, Function.identity()));
    Set<Choice> ticked = new HashSet<>();
    for (Long id : ids.get()) {
      Choice c = byId.get(id);
      if (c == null || !ticked.add(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(ticked);
  }
}
