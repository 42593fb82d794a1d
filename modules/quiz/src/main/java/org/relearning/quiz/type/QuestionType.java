package org.relearning.quiz.type;

import java.util.List;
import org.relearning.quiz.question.Question;

/**
 * A kind of question, as a plugin: one CDI bean (plus its Facelets fragments in the web module).
 * Grading runs on the server only; nothing a browser sends is taken as a score.
 */
public interface QuestionType {

  /** Stored in {@code QZ_QUESTION.QUESTION_TYPE}. */
  String id();

  /** Bundle key of the name authors see. */
  String labelKey();

  /** Problems an author must fix before the question can be used, as bundle keys. */
  List<String> validate(Question question);

  /** The share of the question's points that {@code response} earns, from 0 to 1. */
  double grade(Question question, String response);

  /**
   * Whether a person has to grade responses (an essay, say). Such a type's {@link #grade} returns 0
   * and the attempt waits for a grader instead of counting that 0 as final.
   */
  default boolean gradedByHand() {
    return false;
  }

  // ---- delivery: what the learner's page may show, never what is correct

  /**
   * The keys of what the learner picks from, in stored order: option ids for choice types, item
   * numbers for matching. Empty for types whose options are answers the learner must not see (short
   * answer, numeric) or that have none (essay). The attempt stores these in the order it shows
   * them.
   */
  default List<Long> optionKeys(Question question) {
    return List.of();
  }

  /** The text shown for an option key of {@link #optionKeys}. */
  default String optionText(Question question, long key) {
    return question.getChoices().stream()
        .filter(c -> c.getId() != null && c.getId() == key)
        .map(c -> c.getText())
        .findFirst()
        .orElse("");
  }

  /** What each answer place is for (the left-hand items of a matching question); else empty. */
  default List<String> prompts(Question question) {
    return List.of();
  }

  /** How the options may be ordered for a learner. */
  default OptionOrder optionOrder() {
    return OptionOrder.AS_QUIZ_SAYS;
  }

  /** Whether a type's options are shown shuffled. */
  enum OptionOrder {
    /** Shuffled when the quiz shuffles options. */
    AS_QUIZ_SAYS,
    /** Always in stored order (true, false). */
    FIXED,
    /** Always shuffled, because the stored order is the answer (ordering). */
    ALWAYS_SHUFFLED
  }

  /**
   * The correct answers as lines of text a reviewer can read (the accepted answers, the pairs, the
   * order); empty when there is no single right answer (an essay).
   */
  default List<String> correctAnswers(Question question) {
    return question.getChoices().stream().filter(c -> c.isCorrect()).map(c -> c.getText()).toList();
  }

  /** The options as ids, for the choice types. */
  static List<Long> choiceIds(Question question) {
    return question.getChoices().stream().map(c -> c.getId() == null ? 0L : c.getId()).toList();
  }
}
