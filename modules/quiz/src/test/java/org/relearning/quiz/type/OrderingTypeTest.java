package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relearning.quiz.type.Questions.ids;

import org.junit.jupiter.api.Test;
import org.relearning.quiz.question.Question;

class OrderingTypeTest {

  private final OrderingType type = new OrderingType();

  /** The steps of making bua loi, in order. */
  private final Question steps =
      Questions.allCorrect(
          OrderingType.ID, "นวดแป้งข้าวเหนียว", "ปั้นเป็นลูกกลม", "ต้มในน้ำเดือด", "ใส่ในน้ำกะทิ");

  @Test
  void theRightOrderEarnsAll() {
    assertThat(type.grade(steps, ids(steps, 0, 1, 2, 3))).isEqualTo(1.0);
  }

  @Test
  void countsItemsInTheirCorrectPosition() {
    assertThat(type.grade(steps, ids(steps, 1, 0, 2, 3))).isEqualTo(0.5);
    assertThat(type.grade(steps, ids(steps, 3, 2, 1, 0))).isZero();
  }

  @Test
  void aShiftedSequenceEarnsNothing() {
    // documented choice: absolute positions, not the longest run kept in order
    assertThat(type.grade(steps, ids(steps, 1, 2, 3, 0))).isZero();
  }

  @Test
  void responsesThatAreNotAPermutationEarnNothing() {
    Question other = Questions.allCorrect(OrderingType.ID, "ก", "ข");
    assertThat(type.grade(steps, ids(steps, 0, 1, 2))).isZero();
    assertThat(type.grade(steps, ids(steps, 0, 1, 2, 2))).isZero();
    assertThat(type.grade(steps, ids(steps, 0, 1, 2, 3) + "," + ids(steps, 3))).isZero();
    assertThat(type.grade(steps, ids(steps, 0, 1, 2) + "," + ids(other, 0))).isZero();
    assertThat(type.grade(steps, "")).isZero();
    assertThat(type.grade(steps, "1,2,3,x")).isZero();
  }

  @Test
  void validationWantsTwoItems() {
    assertThat(type.validate(steps)).isEmpty();
    assertThat(type.validate(Questions.allCorrect(OrderingType.ID, "ก")))
        .containsExactly("question.problem.fewChoices");
  }
}
