package org.relearning.web.learn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/**
 * One question's answer as the page's controls hold it, between the controls and the response
 * string a question type reads: {@code choice} for single choice and true/false, {@code ticked} for
 * multiple response, {@code matches} (one right-hand item number per prompt, "" for none) for
 * matching, {@code order} (option ids, comma-separated, "" while untouched) for ordering and {@code
 * text} for the types answered by typing.
 */
public class AnswerDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String choice;
  private List<String> ticked = new ArrayList<>();
  private final List<String> matches = new ArrayList<>();
  private String order = "";
  private String text;

  /** The draft of a saved response (or of none). */
  static AnswerDraft of(LearnerQuestion q, String response) {
    AnswerDraft d = new AnswerDraft();
    for (int i = 0; i < q.prompts().size(); i++) {
      d.matches.add("");
    }
    if (response == null) {
      return d;
    }
    switch (q.type()) {
      case SingleChoiceType.ID, TrueFalseType.ID -> d.choice = response;
      case MultipleResponseType.ID, AllOrNothingMultipleResponseType.ID ->
          Arrays.stream(response.split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .forEach(d.ticked::add);
      case MatchingType.ID -> {
        String[] places = response.split(",", -1);
        for (int i = 0; i < d.matches.size() && i < places.length; i++) {
          d.matches.set(i, places[i].strip());
        }
      }
      case OrderingType.ID -> d.order = response;
      default -> d.text = response;
    }
    return d;
  }

  /** The response string of the question's type; null when nothing was given yet. */
  String response(LearnerQuestion q) {
    return switch (q.type()) {
      case SingleChoiceType.ID, TrueFalseType.ID -> empty(choice) ? null : choice;
      case MultipleResponseType.ID, AllOrNothingMultipleResponseType.ID ->
          ticked == null ? "" : String.join(",", ticked);
      case MatchingType.ID ->
          String.join(",", matches.stream().map(m -> m == null ? "" : m.strip()).toList());
      case OrderingType.ID -> empty(order) ? null : order.strip();
      default -> text;
    };
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }

  /** The options of an ordering question in the learner's order (the attempt's order if none). */
  public List<LearnerQuestion.Option> ordered(LearnerQuestion q) {
    if (empty(order)) {
      return q.options();
    }
    List<LearnerQuestion.Option> out = new ArrayList<>();
    for (String token : order.split(",")) {
      q.options().stream()
          .filter(o -> String.valueOf(o.id()).equals(token.strip()))
          .findFirst()
          .filter(o -> !out.contains(o))
          .ifPresent(out::add);
    }
    q.options().stream().filter(o -> !out.contains(o)).forEach(out::add);
    return out;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getTicked() {
    return ticked;
  }

  public void setTicked(List<String> ticked) {
    this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
  }

  public List<String> getMatches() {
    return matches;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order == null ? "" : order;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
