package org.relearning.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizJson;
import org.relearning.quiz.exchange.QuizProblem;
import org.relearning.quiz.question.Choice;
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

/** A quiz of every question type leaves as JSON and comes back as the same quiz. */
class PortableQuizRoundTripTest {

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

  private long nextId = 1;

  private static Optional<QuestionType> type(String id) {
    return TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Texts GIFT would change: spaces at the ends, CR LF, its special characters, "=>". */
  private static Quiz everyType() {
    Quiz quiz = new Quiz(7L, 1L, 100L, "แบบทดสอบขนมไทย", 70);
    Question single = quiz.addQuestion(SingleChoiceType.ID, "ขนมชั้นมีกี่ชั้น? {ตอบ}", 2);
    single.addChoice(" 7 ", false);
    single.addChoice("9", true);
    single.addChoice("~11 = #สิบเอ็ด", false);
    TrueFalseType.setUp(quiz.addQuestion(TrueFalseType.ID, "ลอดช่องทำจากแป้งข้าวเจ้า", 1), false);
    Question multiple =
        quiz.addQuestion(MultipleResponseType.ID, "ข้อใดเป็นขนมไทย\r\nเลือกได้หลายข้อ", 3);
    multiple.addChoice("ทองหยิบ", true);
    multiple.addChoice("ครัวซองต์", false);
    multiple.addChoice("ฝอยทอง", true);
    Question all = quiz.addQuestion(AllOrNothingMultipleResponseType.ID, "ข้อใดใช้ไข่แดง", 1);
    all.addChoice("ทองหยอด", true);
    all.addChoice("ขนมชั้น", false);
    Question shortAnswer = quiz.addQuestion(ShortAnswerType.ID, "ขนมที่มีเก้าชั้นชื่ออะไร", 1);
    shortAnswer.addChoice("ขนมชั้น", true);
    shortAnswer.addChoice("khanom chan", true);
    shortAnswer.addChoice("ขนมเปียกปูน", false);
    Question numeric = quiz.addQuestion(NumericType.ID, "ใช้น้ำตาลกี่ถ้วย", 1);
    numeric.addChoice("3.5|0.25", true);
    numeric.addChoice("4", false);
    Question matching = quiz.addQuestion(MatchingType.ID, "จับคู่ขนมกับวัตถุดิบ", 2);
    matching.addChoice("ทองหยิบ=>ไข่แดง", true);
    matching.addChoice("ขนมชั้น=>แป้งท้าวยายม่อม", true);
    matching.addChoice("=>ถั่วเขียว", true);
    matching.addChoice("ลูกชุบ=>a=>b", true);
    Question ordering = quiz.addQuestion(OrderingType.ID, "เรียงขั้นตอนทำขนมชั้น", 1);
    ordering.addChoice("ผสมแป้ง", false);
    ordering.addChoice("นึ่งทีละชั้น", false);
    ordering.addChoice("ตัดเป็นชิ้น", false);
    quiz.addQuestion(EssayType.ID, "เล่าว่าทำขนมชั้นให้สวยได้อย่างไร", 5);
    return quiz;
  }

  @Test
  void everyQuestionTypeReadsBackExactly() {
    PortableQuiz exported = PortableQuizzes.of(everyType());

    QuizJson.Read read = QuizJson.read(QuizJson.write(exported));

    assertThat(read.problems()).isEmpty();
    assertThat(read.quiz()).isEqualTo(exported);
    assertThat(exported.questions())
        .extracting(ImportedQuestion::type)
        .containsExactlyElementsOf(TYPES.stream().map(QuestionType::id).toList());
    assertThat(exported.questions().get(2).text()).contains("\r\n");
  }

  @Test
  void aQuizMadeFromTheFileIsTheSameQuizAndGradesTheSame() {
    Quiz original = everyType();
    PortableQuiz read = QuizJson.read(QuizJson.write(PortableQuizzes.of(original))).quiz();
    assertThat(PortableQuizzes.problems(read.questions(), PortableQuizRoundTripTest::type))
        .isEmpty();

    Quiz copy = new Quiz(8L, 2L, 200L, read.title(), read.passMark());
    read.questions().forEach(q -> PortableQuizzes.addTo(copy, q));

    assertThat(PortableQuizzes.of(copy)).isEqualTo(PortableQuizzes.of(original));
    withIds(original);
    withIds(copy);
    assertThat(score(copy, rightResponses(copy)))
        .isEqualTo(score(original, rightResponses(original)));
    // the essay waits for a person, so the right answers elsewhere earn 12 of 17 points
    assertThat(score(copy, rightResponses(copy))).isEqualTo(70);
  }

  @Test
  void theFileIsUtf8WithThaiAsIsAndTheSameBytesEachTime() {
    byte[] file = QuizJson.write(PortableQuizzes.of(everyType()));
    String text = new String(file, StandardCharsets.UTF_8);

    assertThat(text)
        .contains("\"format\": \"relearn-quiz\"")
        .contains("\"formatVersion\": 1")
        .contains("\"type\": \"ordering\"")
        .contains("แบบทดสอบขนมไทย")
        .doesNotContain("\\u0e");
    assertThat(QuizJson.write(PortableQuizzes.of(everyType()))).isEqualTo(file);
  }

  @Test
  void unusableQuestionsAreNamedByTheirPlace() {
    List<ImportedQuestion> questions =
        List.of(
            new ImportedQuestion(
                SingleChoiceType.ID,
                "",
                "ข้อหนึ่ง",
                1,
                List.of(new ImportedChoice("ก", true), new ImportedChoice("ข", false)),
                ""),
            new ImportedQuestion("hotspot", "", "ข้อสอง", 1, List.of(), ""),
            new ImportedQuestion(
                SingleChoiceType.ID,
                "",
                "ข้อสาม",
                1,
                List.of(new ImportedChoice("ก", false), new ImportedChoice("ข", false)),
                ""),
            new ImportedQuestion(
                MatchingType.ID, "", "ข้อสี่", 1, List.of(new ImportedChoice("ก=>ข", true)), ""));

    assertThat(PortableQuizzes.problems(questions, PortableQuizRoundTripTest::type))
        .containsExactly(
            new QuizProblem("question 2", "import.quiz.unknownQuestionType", "hotspot"),
            new QuizProblem("question 3", "question.problem.oneCorrect", ""),
            new QuizProblem("question 4", "question.problem.fewPairs", ""));
  }

  /** For each question, the response that earns full marks, in the types' response forms. */
  private static Map<Long, String> rightResponses(Quiz quiz) {
    Map<Long, String> responses = new HashMap<>();
    for (Question q : quiz.getQuestions()) {
      List<Choice> choices = q.getChoices();
      String response =
          switch (q.getType()) {
            case SingleChoiceType.ID, TrueFalseType.ID ->
                String.valueOf(
                    choices.stream().filter(Choice::isCorrect).findFirst().get().getId());
            case MultipleResponseType.ID, AllOrNothingMultipleResponseType.ID, OrderingType.ID ->
                choices.stream()
                    .filter(c -> c.isCorrect() || q.getType().equals(OrderingType.ID))
                    .map(c -> String.valueOf(c.getId()))
                    .collect(Collectors.joining(","));
            case ShortAnswerType.ID -> " KHANOM  chan ";
            case NumericType.ID -> "๓.๗";
            case MatchingType.ID -> "0,1,3";
            default -> "ผสมแป้งให้เนียน";
          };
      responses.put(q.getId(), response);
    }
    return responses;
  }

  private static int score(Quiz quiz, Map<Long, String> responses) {
    return Grading.scorePercent(quiz, responses, new AllTypes());
  }

  private static final class AllTypes extends org.relearning.quiz.type.QuestionTypes {
    @Override
    public List<QuestionType> all() {
      return TYPES;
    }
  }

  private void withIds(Quiz quiz) {
    for (Question q : quiz.getQuestions()) {
      setId(q, nextId++);
      for (Choice c : q.getChoices()) {
        setId(c, nextId++);
      }
    }
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
}
