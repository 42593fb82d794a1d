package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relearning.quiz.question.Question;

/** What every question type promises: grading never throws and stays between 0 and 1. */
class QuestionTypeContractTest {

  private static final List<QuestionType> TYPES =
      List.of(
          new SingleChoiceType(),
          new TrueFalseType(),
          new MultipleResponseType(),
          new AllOrNothingMultipleResponseType(),
          new ShortAnswerType(),
          new NumericType(),
          new MatchingType(),
          new OrderingType(),
          new EssayType());

  private static final List<String> GARBAGE =
      List.of(
          "",
          " ",
          ",",
          ",,,,",
          "-1",
          "0",
          "9223372036854775807",
          "9223372036854775808",
          "99999999999999999999999999",
          "1e308",
          "NaN",
          "null",
          "<script>alert(1)</script>",
          "${7*7}",
          "#{7*7}",
          "' OR 1=1 --",
          "\u0000\uFFFF\uD800",
          "๑,๒,๓",
          "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
          "1".repeat(100_000),
          "1,".repeat(100_000));

  static Stream<Arguments> typesAndGarbage() {
    return TYPES.stream().flatMap(t -> GARBAGE.stream().map(g -> Arguments.of(t, g)));
  }

  /** A question each type can grade, with ids 1000 and up so small garbage numbers miss them. */
  private static Question questionFor(QuestionType type) {
    return switch (type.id()) {
      case ShortAnswerType.ID -> Questions.of(type.id(), "ขนมชั้น", true);
      case NumericType.ID -> Questions.of(type.id(), "9|0.5", true);
      case MatchingType.ID -> Questions.allCorrect(type.id(), "ก=>ข", "ค=>ง");
      default -> Questions.of(type.id(), "ก", true, "ข", false, "ค", true);
    };
  }

  @ParameterizedTest
  @MethodSource("typesAndGarbage")
  void garbageEarnsNothingAndNeverThrows(QuestionType type, String response) {
    Question q = questionFor(type);
    assertThatCode(() -> type.grade(q, response)).doesNotThrowAnyException();
    assertThat(type.grade(q, response)).isZero();
  }

  @Test
  void nullResponsesEarnNothing() {
    for (QuestionType type : TYPES) {
      assertThat(type.grade(questionFor(type), null)).as(type.id()).isZero();
    }
  }

  @Test
  void aQuestionWithoutOptionsIsGradedZeroNotAnError() {
    for (QuestionType type : TYPES) {
      Question empty = Questions.of(type.id());
      assertThat(type.grade(empty, "")).as(type.id()).isZero();
      assertThat(type.grade(empty, "1")).as(type.id()).isZero();
      assertThatCode(() -> type.validate(empty)).as(type.id()).doesNotThrowAnyException();
    }
  }

  @Test
  void idsAndLabelsAreDistinct() {
    assertThat(TYPES.stream().map(QuestionType::id)).doesNotHaveDuplicates();
    assertThat(TYPES.stream().map(QuestionType::labelKey))
        .doesNotHaveDuplicates()
        .allMatch(k -> k.startsWith("question.type."));
  }

  @Test
  void onlyTheEssayIsGradedByHand() {
    assertThat(TYPES.stream().filter(QuestionType::gradedByHand).map(QuestionType::id))
        .containsExactly(EssayType.ID);
  }

  @Test
  void anEssayEarnsNothingAutomaticallyAndNeedsNoOptions() {
    EssayType essay = new EssayType();
    Question q = Questions.of(EssayType.ID);
    assertThat(essay.grade(q, "ขนมไทยมีความสำคัญต่อวัฒนธรรมไทยเพราะ...")).isZero();
    assertThat(essay.validate(q)).isEmpty();
  }
}
