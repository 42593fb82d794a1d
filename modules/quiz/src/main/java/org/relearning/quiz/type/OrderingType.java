package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * The learner puts items in order. The options, in their stored order, are the items in the correct
 * order (the page shuffles them); the correct flag is not used. The response is every option's id,
 * comma-separated, in the learner's order.
 *
 * <p>The share is the fraction of items in their correct absolute position. This is simple to
 * explain to a learner ("3 of 5 in the right place"), but strict: moving the first item to the end
 * leaves every item one place off and earns 0, where a longest-common-subsequence score would give
 * 4/5. A response that leaves out an item, repeats one or names another question's option earns 0.
 */
@ApplicationScoped
public class OrderingType implements QuestionType {

  public static final String ID = "ordering";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "question.type.ordering";
  }

  @Override
  public List<String> validate(Question question) {
    List<String> problems = new ArrayList<>();
    if (question.getChoices().size() < 2) {
      problems.add("question.problem.fewChoices");
    }
    return problems;
  }

  @Override
  public double grade(Question question, String response) {
    List<Choice> items = question.getChoices();
    Optional<List<Long>> ids = ResponseTokens.ids(response, items.size());
    if (items.isEmpty() || ids.isEmpty() || ids.get().size() != items.size()) {
      return 0;
    }
    Set<Long> expected = new HashSet<>();
    items.forEach(c -> expected.add(c.getId()));
    if (!new HashSet<>(ids.get()).equals(expected) || expected.size() != items.size()) {
      return 0;
    }
    int inPlace = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getId().equals(ids.get().get(i))) {
        inPlace++;
      }
    }
    return (double) inPlace / items.size();
  }

  @Override
  public List<Long> optionKeys(Question question) {
    return QuestionType.choiceIds(question);
  }

  @Override
  public OptionOrder optionOrder() {
    return OptionOrder.ALWAYS_SHUFFLED;
  }

  @Override
  public List<String> correctAnswers(Question question) {
    return question.getChoices().stream().map(c -> c.getText()).toList();
  }
}
