package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * The learner matches each item on the left with one on the right. Each option's text is a pair
 * {@code left=>right}, split at the first {@code =>} (so a left side cannot contain {@code =>}; a
 * right side can); the correct flag is not used. An option with an empty left side, {@code
 * =>right}, is a distractor: it only adds a right-hand item that matches nothing.
 *
 * <p>The right-hand items are numbered from 0 in option order, distractors included; the page may
 * show them shuffled but sends their numbers. The response has one number per pair, in pair order,
 * comma-separated, e.g. {@code 2,0,1}; an empty place means that pair was left unanswered. A pair
 * is matched when the chosen right-hand item has the same text as its own, so two pairs sharing a
 * right side are interchangeable. The share is the fraction of pairs matched. A response with the
 * wrong number of places or a number that is not an item earns 0.
 */
@ApplicationScoped
public class MatchingType implements QuestionType {

  public static final String ID = "matching";

  /** Separates the left and right sides in an option's text. */
  public static final String ARROW = "=>";

  /** One option read as a pair; {@code left} is empty for a distractor. */
  public record Pair(String left, String right) {

    /** Reads {@code left=>right}, or empty without an arrow. */
    public static Optional<Pair> parse(String text) {
      int arrow = text == null ? -1 : text.indexOf(ARROW);
      if (arrow < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new Pair(
              text.substring(0, arrow).strip(), text.substring(arrow + ARROW.length()).strip()));
    }

    public boolean isDistractor() {
      return left.isEmpty();
    }

    public String text() {
      return left + ARROW + right;
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.matching";
  }

  @Override
  public List<String> validate(Question question) {
    List<String> problems = new ArrayList<>();
    List<Optional<Pair>> pairs =
        question.getChoices().stream().map(c -> Pair.parse(c.getText())).toList();
    if (pairs.stream().anyMatch(p -> p.isEmpty() || p.get().right().isEmpty())) {
      problems.add("question.problem.badPair");
    }
    if (pairs.stream().flatMap(Optional::stream).filter(p -> !p.isDistractor()).count() < 2) {
      problems.add("question.problem.fewPairs");
    }
    return problems;
  }

  @Override
  public double grade(Question question, String response) {
    List<Pair> all = new ArrayList<>();
    for (Choice c : question.getChoices()) {
      Optional<Pair> p = Pair.parse(c.getText());
      if (p.isEmpty()) {
        return 0;
      }
      all.add(p.get());
    }
    List<Pair> pairs = all.stream().filter(p -> !p.isDistractor()).toList();
    Optional<List<String>> places = ResponseTokens.split(response, pairs.size());
    if (pairs.isEmpty() || places.isEmpty() || places.get().size() != pairs.size()) {
      return 0;
    }
    int matched = 0;
    for (int i = 0; i < pairs.size(); i++) {
      String place = places.get().get(i);
      if (place.isEmpty()) {
        continue;
      }
      var index = ResponseTokens.id(place);
      if (index.isEmpty() || index.getAsLong() >= all.size()) {
        return 0;
      }
      if (all.get((int) index.getAsLong()).right().equals(pairs.get(i).right())) {
        matched++;
      }
    }
    return (double) matched / pairs.size();
  }

  /** The right-hand items, numbered from 0 in option order, distractors included. */
  @Override
  public List<Long> optionKeys(Question question) {
    return java.util.stream.LongStream.range(0, question.getChoices().size()).boxed().toList();
  }

  @Override
  public String optionText(Question question, long key) {
    return key < 0 || key >= question.getChoices().size()
        ? ""
        : Pair.parse(question.getChoices().get((int) key).getText()).map(Pair::right).orElse("");
  }

  /** The left-hand items, in pair order: one answer place each. */
  @Override
  public List<String> prompts(Question question) {
    return question.getChoices().stream()
        .map(c -> Pair.parse(c.getText()))
        .flatMap(Optional::stream)
        .filter(p -> !p.isDistractor())
        .map(Pair::left)
        .toList();
  }

  @Override
  public OptionOrder optionOrder() {
    return OptionOrder.ALWAYS_SHUFFLED;
  }

  @Override
  public List<String> correctAnswers(Question question) {
    return question.getChoices().stream()
        .map(c -> Pair.parse(c.getText()))
        .flatMap(Optional::stream)
        .filter(p -> !p.isDistractor())
        .map(p -> p.left() + " → " + p.right())
        .toList();
  }
}
