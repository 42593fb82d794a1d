package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instructor keeps questions in their course's bank and builds a quiz from it, in a real browser
 * on a phone-sized screen: a category, a matching and a numeric question written in the type
 * editors (a refused answer keeps what was typed), an edit that makes a second revision, a GIFT
 * import in Thai with a broken question reported by line and reason, a Moodle XML export that
 * imports back to the same questions, and a quiz with its settings, a fixed question and a random
 * draw, reordered.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {

  private static final String PASSWORD =
      System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");

  private static final ResourceBundle TH =
      ResourceBundle.getBundle("org.relearning.web.i18n.messages", Locale.forLanguageTag("th"));

  private final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @BeforeAll
  static void chromiumIsInstalled() {
    Browser.requireChromium();
  }

  @Test
  void instructorKeepsQuestionsInTheBankAndBuildsAQuizFromThem() throws Exception {
    Path dir = Files.createTempDirectory("relearn-bank-");
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        CourseEditorPage course =
            new AuthorHomePage(browser).createCourse("คลังข้อสอบ " + suffix, "ทดสอบคลังข้อสอบ");
        long courseId = course.courseId();
        browser.clickAndWaitForPage(
            browser.driver().findElement(org.openqa.selenium.By.id("question-bank")));
        QuestionBankPage bank = new QuestionBankPage(browser);

        String category = "ภูมิศาสตร์ " + suffix;
        bank = bank.addCategory(category);
        assertThat(bank.selectedCategory()).isEqualTo(category);
        assertThat(bank.questions()).isEmpty();

        // every type has its editor
        for (String type :
            List.of(
                "single-choice",
                "multiple-response",
                "multiple-response-all",
                "true-false",
                "short-answer",
                "numeric",
                "matching",
                "ordering",
                "essay")) {
          bank = bank.write(type);
          assertThat(bank.editorOpen()).as(type + " editor").isTrue();
          assertThat(bank.editorError()).isEmpty();
        }

        // matching: two pairs and a distractor
        bank =
            bank.write("matching")
                .fill("จับคู่จังหวัดกับภาค", "จังหวัด " + suffix, 3, "ภาค")
                .row(0, "opt-left", "เชียงใหม่")
                .row(0, "opt-text", "ภาคเหนือ")
                .row(1, "opt-left", "ขอนแก่น")
                .row(1, "opt-text", "ภาคอีสาน")
                .row(2, "opt-text", "ภาคใต้")
                .save();
        assertThat(bank.editorOpen()).as("saved, editor closed").isFalse();
        assertThat(bank.questions())
            .containsExactly(
                new QuestionBankPage.Row(
                    "จังหวัด " + suffix, TH.getString("question.type.matching"), "3", "ภาค", "1"));

        // numeric: a comma is refused, and what was typed stays
        bank =
            bank.write("numeric")
                .fill("ค่า pi ประมาณเท่าไร", "พาย " + suffix, 1, "คณิต")
                .row(0, "opt-text", "3,14")
                .row(0, "opt-tolerance", "0.01")
                .save();
        assertThat(bank.editorError()).isEqualTo(TH.getString("question.problem.badNumber"));
        assertThat(bank.editorText()).isEqualTo("ค่า pi ประมาณเท่าไร");
        assertThat(bank.rowValue(0, "opt-tolerance")).isEqualTo("0.01");
        int rows = bank.rows();
        bank = bank.addRow();
        assertThat(bank.rows()).isEqualTo(rows + 1);
        assertThat(bank.rowValue(0, "opt-text"))
            .as("adding a row keeps the others")
            .isEqualTo("3,14");
        bank = bank.row(0, "opt-text", "3.14").row(1, "opt-text", "22").removeRow(1);
        assertThat(bank.rows()).isEqualTo(rows);
        bank = bank.save();
        assertThat(bank.editorError()).isEmpty();
        assertThat(bank.questions()).hasSize(2);

        // editing makes a new revision
        bank = bank.edit("พาย " + suffix);
        assertThat(bank.rowValue(0, "opt-text")).isEqualTo("3.14");
        assertThat(bank.rowValue(0, "opt-tolerance")).isEqualTo("0.01");
        bank = bank.points(2).save();
        QuestionBankPage.Row pi =
            bank.questions().stream()
                .filter(r -> r.label().equals("พาย " + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(pi.revision()).isEqualTo("2");
        assertThat(pi.points()).isEqualTo("2");
        assertThat(pi.type()).isEqualTo(TH.getString("question.type.numeric"));
        browser.screenshot("40-bank-questions-th");
        assertThat(bank.filter("คณิต").questions())
            .extracting(QuestionBankPage.Row::label)
            .containsExactly("พาย " + suffix);
        assertThat(bank.filter("").questions()).hasSize(2);

        // GIFT import with one broken question on line 5
        Path gift = dir.resolve("questions.gift.txt");
        Files.writeString(
            gift,
            "::ทุเรียน "
                + suffix
                + ":: ผลไม้ชนิดใดได้ชื่อว่าราชาแห่งผลไม้ {=ทุเรียน ~มังคุด ~เงาะ}\n"
                + "\n"
                + "::ท้องฟ้า "
                + suffix
                + ":: ท้องฟ้าในวันที่อากาศแจ่มใสเป็นสีฟ้า {T}\n"
                + "\n"
                + "::เสีย:: คำถามนี้วงเล็บไม่ปิด {=ก ~ข\n",
            StandardCharsets.UTF_8);
        bank = bank.importFile("GIFT", gift);
        assertThat(bank.importedCount()).contains("2");
        assertThat(bank.skipped()).hasSize(1);
        assertThat(bank.skipped().get(0).where()).contains("5");
        assertThat(bank.skipped().get(0).reason())
            .startsWith(TH.getString("import.gift.unclosedBrace"))
            .as("with the text of the broken question")
            .contains("คำถามนี้วงเล็บไม่ปิด");
        browser.screenshot("41-bank-import-th");
        List<QuestionBankPage.Row> original = bank.questions();
        assertThat(original).hasSize(4);

        // Moodle XML export, imported back into a new category
        HttpResponse<byte[]> download = browser.getWithBrowserCookies(bank.exportXmlPath());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("xml");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
            .startsWith("attachment")
            .contains(".xml");
        Path xml = dir.resolve("export.xml");
        Files.write(xml, download.body());
        String copy = "สำเนา " + suffix;
        bank = bank.addCategory(copy).importFile("MOODLEXML", xml);
        assertThat(bank.importedCount()).contains("4");
        assertThat(bank.skipped()).isEmpty();
        assertThat(bank.questions())
            .extracting(r -> List.of(r.label(), r.type(), r.points()))
            .containsExactlyInAnyOrderElementsOf(
                original.stream().map(r -> List.of(r.label(), r.type(), r.points())).toList());
        bank = bank.edit("จังหวัด " + suffix);
        assertThat(bank.rowValue(0, "opt-left")).isEqualTo("เชียงใหม่");
        assertThat(bank.rowValue(2, "opt-left")).isEmpty();
        assertThat(bank.rowValue(2, "opt-text")).isEqualTo("ภาคใต้");

        // a quiz from the bank
        course = bank.backToCourse();
        assertThat(course.courseId()).isEqualTo(courseId);
        QuizEditorPage quiz = course.addSection("บทที่ 1").addQuiz(0, "แบบทดสอบ " + suffix);
        quiz = quiz.saveSettings(30, 2, 2, "AVERAGE").reload();
        assertThat(quiz.setting("time-limit")).isEqualTo("30");
        assertThat(quiz.setting("per-page")).isEqualTo("2");
        assertThat(quiz.setting("attempts")).isEqualTo("2");
        assertThat(quiz.gradingMethod()).isEqualTo("AVERAGE");

        quiz = quiz.addFromBank("ทุเรียน " + suffix).addRandom(category, 2);
        assertThat(quiz.questions()).hasSize(2);
        assertThat(quiz.questions().get(0)).contains("ราชาแห่งผลไม้");
        assertThat(quiz.questions().get(1)).contains(category).contains("2");
        assertThat(quiz.warnsAt(1)).as("4 questions to draw 2 from").isFalse();
        quiz = quiz.moveUp(1);
        assertThat(quiz.questions().get(0)).contains(category);
        assertThat(quiz.questions().get(1)).contains("ราชาแห่งผลไม้");
        quiz = quiz.addRandom(copy, 9);
        assertThat(quiz.questions()).hasSize(3);
        assertThat(quiz.warnsAt(2)).as("9 to draw from 4").isTrue();
        browser.screenshot("42-quiz-editor-th");
        quiz = quiz.remove(2);
        assertThat(quiz.questions()).hasSize(2);
        assertThat(quiz.questions().get(0)).contains(category);

        // a new question written for the quiz lands in its own category and in the quiz
        QuestionBankPage forQuiz = quiz.writeQuestion("true-false");
        assertThat(forQuiz.selectedCategory()).isEqualTo("แบบทดสอบ " + suffix);
        quiz =
            forQuiz.fill("น้ำเดือดที่ 100 องศาเซลเซียสที่ระดับน้ำทะเล", "", 1, "").saveIntoQuiz();
        assertThat(quiz.questions()).hasSize(3);
        assertThat(quiz.questions().get(2)).contains("น้ำเดือดที่ 100 องศา");

        // the library's shared bank is one more bank of the switcher
        browser.open(QuestionBankPage.PATH + "?course=" + courseId);
        QuestionBankPage shared =
            new QuestionBankPage(browser).openSharedBank(TH.getString("bank.shared"));
        assertThat(shared.bankName()).isEqualTo(TH.getString("bank.shared"));
        assertThat(shared.categories()).isNotEmpty();
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("failure-question-bank");
        throw e;
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }
}
