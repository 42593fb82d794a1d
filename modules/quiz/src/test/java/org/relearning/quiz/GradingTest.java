package org.relearning.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

class GradingTest {

  private final Quiz quiz = new Quiz(1L, 1L, 1L, "ขนมไทย", 60);
  private Question single;
  private Question trueFalse;
  private final TestTypes types = new TestTypes();
  private long nextId = 1;

  @BeforeEach
  void setUp() {
    single = quiz.addQuestion(SingleChoiceType.ID, "ขนมชั้นมีกี่ชั้น?", 2);
    single.addChoice("7", false);
    single.addChoice("9", true);
    single.addChoice("11", false);
    trueFalse = quiz.addQuestion(TrueFalseType.ID, "ลอดช่องทำจากแป้งข้าวเจ้า", 1);
    TrueFalseType.setUp(trueFalse, true);
    for (Question q : quiz.getQuestions()) {
      setId(q, nextId++);
      for (Choice c : q.getChoices()) {
        setId(c, nextId++);
      }
    }
  }

  private String correct(Question q) {
    return String.valueOf(
        q.getChoices().stream().filter(Choice::isCorrect).findFirst().orElseThrow().getId());
  }

  private String wrong(Question q) {
    return String.valueOf(
        q.getChoices().stream().filter(c -> !c.isCorrect()).findFirst().orElseThrow().getId());
  }

  @Test
  void allCorrectIsAHundred() {
    assertThat(
            Grading.scorePercent(
                quiz,
                Map.of(single.getId(), correct(single), trueFalse.getId(), correct(trueFalse)),
                types))
        .isEqualTo(100);
  }

  @Test
  void pointsWeighTheQuestions() {
    assertThat(
            Grading.scorePercent(
                quiz,
                Map.of(single.getId(), correct(single), trueFalse.getId(), wrong(trueFalse)),
                types))
        .isEqualTo(66);
    assertThat(
            Grading.scorePercent(
                quiz,
                Map.of(single.getId(), wrong(single), trueFalse.getId(), correct(trueFalse)),
                types))
        .isEqualTo(33);
  }

  @Test
  void unansweredAndForgedResponsesEarnNothing() {
    Map<Long, String> forged = new HashMap<>();
    forged.put(single.getId(), "true");
    forged.put(trueFalse.getId(), "999999");
    assertThat(Grading.scorePercent(quiz, forged, types)).isZero();
    assertThat(Grading.scorePercent(quiz, Map.of(), types)).isZero();
  }

  @Test
  void validationWantsExactlyOneCorrectOption() {
    Question bad = quiz.addQuestion(SingleChoiceType.ID, "?", 1);
    bad.addChoice("a", true);
    bad.addChoice("b", true);
    assertThat(new SingleChoiceType().validate(bad)).containsExactly("question.problem.oneCorrect");
    assertThat(new SingleChoiceType().validate(single)).isEmpty();
  }

  private static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The registry without CDI: the two types this test needs. */
  private static final class TestTypes extends org.relearning.quiz.type.QuestionTypes {
    @Override
    public List<QuestionType> all() {
      return List.of(new SingleChoiceType(), new TrueFalseType());
    }
  }
}
