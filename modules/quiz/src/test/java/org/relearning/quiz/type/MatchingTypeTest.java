package org.relearning.quiz.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.relearning.quiz.question.Question;

class MatchingTypeTest {

  private final MatchingType type = new MatchingType();

  /** Match each dessert with its main ingredient; right items 0, 1, 2, plus distractor 3. */
  private final Question ingredients =
      Questions.allCorrect(
          MatchingType.ID,
          "ทองหยิบ=>ไข่แดง",
          "ลอดช่อง=>แป้งข้าวเจ้า",
          "ข้าวเหนียวมะม่วง=>ข้าวเหนียว",
          "=>ถั่วเขียว");

  @Test
  void allMatchedEarnsAll() {
    assertThat(type.grade(ingredients, "0,1,2")).isEqualTo(1.0);
    assertThat(type.grade(ingredients, " 0 , 1 ,2 ")).isEqualTo(1.0);
  }

  @Test
  void eachMatchEarnsItsShare() {
    assertThat(type.grade(ingredients, "0,2,1")).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(type.grade(ingredients, "1,2,0")).isZero();
    assertThat(type.grade(ingredients, "0,3,3")).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void unansweredPlacesEarnNothingButSpoilNothing() {
    assertThat(type.grade(ingredients, "0,,2")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(type.grade(ingredients, ",,")).isZero();
  }

  @Test
  void pairsSharingARightSideAreInterchangeable() {
    Question q =
        Questions.allCorrect(MatchingType.ID, "ทองหยิบ=>ไข่แดง", "ฝอยทอง=>ไข่แดง", "บัวลอย=>กะทิ");
    assertThat(type.grade(q, "1,0,2")).isEqualTo(1.0);
  }

  @Test
  void theRightSideMayContainTheArrow() {
    Question q = Questions.allCorrect(MatchingType.ID, "a=>b=>c", "d=>e");
    assertThat(MatchingType.Pair.parse("a=>b=>c").orElseThrow().right()).isEqualTo("b=>c");
    assertThat(type.grade(q, "0,1")).isEqualTo(1.0);
  }

  @Test
  void malformedResponsesEarnNothing() {
    assertThat(type.grade(ingredients, "0,1")).isZero();
    assertThat(type.grade(ingredients, "0,1,2,3")).isZero();
    assertThat(type.grade(ingredients, "0,1,4")).isZero();
    assertThat(type.grade(ingredients, "0,1,-1")).isZero();
    assertThat(type.grade(ingredients, "0,1,99999999999999999999")).isZero();
    assertThat(type.grade(ingredients, "0,1,๒")).isZero();
    assertThat(type.grade(ingredients, "ไข่แดง,แป้งข้าวเจ้า,ข้าวเหนียว")).isZero();
    assertThat(type.grade(ingredients, "")).isZero();
    assertThat(type.grade(ingredients, null)).isZero();
  }

  @Test
  void aBrokenPairMakesTheQuestionWorthNothing() {
    Question q = Questions.allCorrect(MatchingType.ID, "ก=>ข", "ค ง");
    assertThat(type.grade(q, "0")).isZero();
    assertThat(type.grade(q, "0,1")).isZero();
  }

  @Test
  void validationWantsTwoProperPairs() {
    assertThat(type.validate(ingredients)).isEmpty();
    assertThat(type.validate(Questions.allCorrect(MatchingType.ID, "ก=>ข", "ค ง")))
        .containsExactly("question.problem.badPair", "question.problem.fewPairs");
    assertThat(type.validate(Questions.allCorrect(MatchingType.ID, "ก=>ข", "ค=>")))
        .containsExactly("question.problem.badPair");
    assertThat(type.validate(Questions.allCorrect(MatchingType.ID, "ก=>ข", "=>ค")))
        .containsExactly("question.problem.fewPairs");
  }
}
