package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/** The importers encode options the way the question types read them. */
class ImportedQuestionsAreValidTest {

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

  private static Question asQuestion(ImportedQuestion imported) {
    Question q =
        new Quiz(1L, 1L, 1L, "นำเข้า", 60)
            .addQuestion(imported.type(), imported.text(), imported.points());
    imported.choices().forEach(c -> q.addChoice(c.text(), c.correct()));
    return q;
  }

  private static QuestionType typeOf(ImportedQuestion q) {
    return TYPES.stream().filter(t -> t.id().equals(q.type())).findFirst().orElseThrow();
  }

  @Test
  void everyQuestionOfTheDessertsFilePassesItsTypesValidation() {
    for (ImportedQuestion imported :
        GiftReader.read(Resources.text("thai-desserts.gift")).imported()) {
      assertThat(typeOf(imported).validate(asQuestion(imported))).as(imported.name()).isEmpty();
    }
  }

  @Test
  void everyQuestionOfTheMoodleDessertsFilePassesItsTypesValidation() {
    List<ImportedQuestion> read =
        MoodleXmlReader.read(Resources.text("thai-desserts-moodle.xml")).imported();
    assertThat(read).hasSize(9);
    for (ImportedQuestion imported : read) {
      assertThat(typeOf(imported).validate(asQuestion(imported))).as(imported.name()).isEmpty();
    }
  }

  @Test
  void importedMoodleAnswersAreGradedAsTheAuthorMeantThem() {
    List<ImportedQuestion> q =
        MoodleXmlReader.read(Resources.text("thai-desserts-moodle.xml")).imported();
    assertThat(new ShortAnswerType().grade(asQuestion(q.get(4)), " khanom  CHAN ")).isEqualTo(1.0);
    assertThat(new ShortAnswerType().grade(asQuestion(q.get(4)), "ขนมเปียกปูน")).isZero();
    assertThat(new NumericType().grade(asQuestion(q.get(5)), "๓.๔")).isEqualTo(1.0);
    assertThat(new NumericType().grade(asQuestion(q.get(5)), "7")).isZero();
    assertThat(new MatchingType().grade(asQuestion(q.get(6)), "0,1")).isEqualTo(1.0);
  }

  @Test
  void everyImportedAikenQuestionPassesValidation() {
    for (ImportedQuestion imported :
        AikenReader.read(Resources.text("thai-desserts-aiken.txt")).imported()) {
      assertThat(typeOf(imported).validate(asQuestion(imported))).as(imported.text()).isEmpty();
    }
  }

  @Test
  void importedAnswersAreGradedAsTheAuthorMeantThem() {
    List<ImportedQuestion> q = GiftReader.read(Resources.text("thai-desserts.gift")).imported();
    assertThat(new ShortAnswerType().grade(asQuestion(q.get(3)), " khanom  CHAN ")).isEqualTo(1.0);
    assertThat(new NumericType().grade(asQuestion(q.get(4)), "๓.๔")).isEqualTo(1.0);
    assertThat(new NumericType().grade(asQuestion(q.get(5)), "120")).isEqualTo(1.0);
    assertThat(new NumericType().grade(asQuestion(q.get(5)), "121")).isZero();
    assertThat(new MatchingType().grade(asQuestion(q.get(6)), "0,1,2")).isEqualTo(1.0);
  }
}
