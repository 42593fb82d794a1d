package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;

/** A quiz file someone may have edited by hand: every problem named by where it is. */
class QuizJsonTest {

  private static QuizJson.Read read(String json) {
    return QuizJson.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  private static final String HEAD =
      "{'format': 'relearn-quiz', 'formatVersion': 1, 'title': 'แบบทดสอบ', 'passMark': 60, ";

  @Test
  void aBrokenQuestionRefusesTheQuizAndIsNamed() {
    QuizJson.Read read =
        read(
            HEAD
                + "'questions': ["
                + "{'type': 'essay', 'text': 'ข้อหนึ่ง', 'points': 1, 'choices': []},"
                + "{'type': 'essay', 'text': 'ข้อสอง', 'points': 1, 'choices': []},"
                + "{'type': 'single-choice', 'text': '', 'points': 1.5,"
                + " 'choices': [{'text': 'ก', 'correct': 'yes'}]}]}");

    assertThat(read.refused()).isTrue();
    assertThat(read.problems())
        .extracting(QuizProblem::where)
        .containsExactly("question 3", "question 3", "question 3 › choice 1");
    assertThat(read.problems())
        .extracting(QuizProblem::reasonKey)
        .containsOnly("import.quiz.invalidField");
  }

  @Test
  void theWholeFileIsCheckedBeforeItsQuestions() {
    assertThat(read("{'format': 'relearn-quiz',").problems().get(0).reasonKey())
        .isEqualTo("import.quiz.badJson");
    assertThat(read("{'format': 'moodle', 'formatVersion': 1}").problems().get(0).reasonKey())
        .isEqualTo("import.quiz.unknownFormat");
    assertThat(
            read("{'format': 'relearn-quiz', 'formatVersion': 1e999999999}")
                .problems()
                .get(0)
                .reasonKey())
        .isEqualTo("import.quiz.unknownVersion");
    assertThat(read(HEAD.replace("60", "101") + "'questions': []}").problems())
        .containsExactly(new QuizProblem("passMark", "quiz.passMark.range", "101"));
    assertThat(read(HEAD + "'questions': {}}").problems().get(0).where()).isEqualTo("questions");
    assertThat(QuizJson.read(new byte[] {'{', (byte) 0xC3, '}'}).problems().get(0).reasonKey())
        .isEqualTo("import.quiz.badJson");
  }

  @Test
  void unknownMembersAreIgnored() {
    QuizJson.Read read =
        read(
            HEAD
                + "'shuffle': true, 'questions': [{'type': 'essay', 'text': 'เล่า', 'points': 2,"
                + " 'choices': [], 'hint': 'ใหม่'}]}");

    assertThat(read.problems()).isEmpty();
    assertThat(read.quiz().questions()).hasSize(1);
    assertThat(read.quiz().questions().get(0).points()).isEqualTo(2);
  }

  @Test
  void settingsDrawsAndFeedbackTravelExactly() {
    ImportedQuestion single =
        new ImportedQuestion(
            "single-choice",
            "ชั้นของขนม",
            "ขนมชั้นมีกี่ชั้น?",
            2,
            List.of(new ImportedChoice("7", false, "นับอีกที"), new ImportedChoice("9", true, "")),
            "เก้าชั้น เป็นมงคล");
    ImportedQuestion essay = new ImportedQuestion("essay", "", "เล่าวิธีทำ", 3, List.of(), "");
    QuizSettings settings =
        new QuizSettings(
            "แบบทดสอบ",
            60,
            true,
            false,
            2,
            true,
            15,
            null,
            null,
            3,
            GradingMethod.AVERAGE,
            EnumSet.of(ReviewItem.RESPONSES),
            EnumSet.allOf(ReviewItem.class));
    PortableQuiz quiz =
        new PortableQuiz(
            "แบบทดสอบ",
            60,
            List.of(single),
            settings,
            List.of(new PortableQuiz.Draw(1, "คลังขนม", 1, List.of(essay, single))));

    QuizJson.Read read = QuizJson.read(QuizJson.write(quiz));

    assertThat(read.problems()).isEmpty();
    assertThat(read.quiz()).isEqualTo(quiz);
  }

  @Test
  void settingsOutOfRangeRefuseTheQuiz() {
    QuizJson.Read read =
        read(
            HEAD
                + "'questions': [], 'settings': {'shuffleQuestions': true, 'shuffleOptions': false,"
                + " 'perPage': 1000, 'sequential': false, 'attemptsAllowed': 0,"
                + " 'gradingMethod': 'BEST', 'reviewAfterSubmit': [], 'reviewAfterClose': []}}");

    assertThat(read.refused()).isTrue();
    assertThat(read.problems()).extracting(QuizProblem::where).containsExactly("settings");
  }
}
