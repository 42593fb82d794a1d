package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

class MoodleXmlReaderTest {

  private static ImportReport desserts;

  @BeforeAll
  static void readTheDessertsFile() {
    desserts = MoodleXmlReader.read(Resources.text("thai-desserts-moodle.xml"));
  }

  private static ImportedQuestion question(int index) {
    return desserts.imported().get(index);
  }

  private static String quiz(String questions) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n";
  }

  private static List<String> reasons(String xml) {
    return MoodleXmlReader.read(xml).skipped().stream().map(Skipped::reasonKey).toList();
  }

  @Test
  void readsEveryTypeOfTheDessertsFile() {
    assertThat(desserts.imported())
        .extracting(ImportedQuestion::type, ImportedQuestion::name)
        .containsExactly(
            tuple(SingleChoiceType.ID, "ขนมชั้น"),
            tuple(MultipleResponseType.ID, "กะทิ"),
            tuple(AllOrNothingMultipleResponseType.ID, "ขนมมงคล"),
            tuple(TrueFalseType.ID, "ทองหยิบ"),
            tuple(ShortAnswerType.ID, "ชื่อขนม"),
            tuple(NumericType.ID, "น้ำตาล"),
            tuple(MatchingType.ID, "จับคู่"),
            tuple(OrderingType.ID, "ขั้นตอนบัวลอย"),
            tuple(EssayType.ID, "เรียงความ"));
  }

  @Test
  void skipsTheClozeQuestionAndTheOneWithoutACorrectAnswerButNotTheCategory() {
    assertThat(desserts.skipped())
        .extracting(Skipped::line, Skipped::name, Skipped::reasonKey, Skipped::detail)
        .containsExactly(
            tuple(345, "เติมคำ", MoodleXmlReader.UNSUPPORTED_TYPE, "multianswer"),
            tuple(361, "ไม่มีข้อถูก", GiftReader.NO_CORRECT, ""));
  }

  @Test
  void singleChoiceKeepsHtmlFeedbackAndRoundsPoints() {
    assertThat(question(0))
        .isEqualTo(
            new ImportedQuestion(
                SingleChoiceType.ID,
                "ขนมชั้น",
                "<p>ขนมชั้นนิยมทำกี่ชั้นเพื่อความเป็น<strong>สิริมงคล</strong>?</p>",
                2,
                List.of(
                    new ImportedChoice(
                        "<p>๙ ชั้น</p>",
                        true,
                        "<p>ถูกต้อง เลข ๙ พ้องเสียงกับคำว่า \"ก้าวหน้า\"</p>"),
                    new ImportedChoice("<p>๗ ชั้น</p>", false, "<p>ยังไม่ถูก ลองนึกถึงเลขมงคล</p>"),
                    new ImportedChoice("<p>๑๑ ชั้น</p>", false, "")),
                "<p>ขนมชั้นนิยมทำ ๙ ชั้น ให้ชีวิตเจริญก้าวหน้า</p>"));
  }

  @Test
  void multipleResponseIsCorrectWhereTheFractionIsPositive() {
    assertThat(question(1).choices())
        .containsExactly(
            new ImportedChoice("บัวลอย", true, "ใช่ ราดด้วยน้ำกะทิ"),
            new ImportedChoice("ขนมชั้น", true),
            new ImportedChoice("ฝอยทอง", false, "ไม่ใช่ ฝอยทองใช้ไข่แดงกับน้ำเชื่อม"));
    assertThat(question(2).points()).isEqualTo(3);
    assertThat(question(2).choices())
        .containsExactly(
            new ImportedChoice("ทองหยิบ", true),
            new ImportedChoice("ทองหยอด", true),
            new ImportedChoice("ข้าวเหนียวมะม่วง", false, "ไม่อยู่ในขนมมงคลเก้าอย่าง"));
  }

  @Test
  void trueFalseAsTheTwoOptionsTheTypeExpects() {
    assertThat(question(3).text()).isEqualTo("ทองหยิบเป็นหนึ่งในขนมมงคลเก้าอย่าง");
    assertThat(question(3).choices())
        .containsExactly(
            new ImportedChoice(
                TrueFalseType.TRUE, true, "ใช่ ทองหยิบหมายถึงการหยิบจับสิ่งใดก็ร่ำรวย"),
            new ImportedChoice(TrueFalseType.FALSE, false, "ผิด ทองหยิบเป็นขนมมงคลจริง"));
  }

  @Test
  void shortAnswersBelowFullMarksAreKeptAsNotCorrect() {
    assertThat(question(4).choices())
        .containsExactly(
            new ImportedChoice("ขนมชั้น", true, "ถูกต้อง"),
            new ImportedChoice("Khanom Chan", true),
            new ImportedChoice("ขนมเปียกปูน", false, "ใกล้เคียง แต่ขนมเปียกปูนไม่มีชั้น"));
  }

  @Test
  void numericAsValueAndToleranceWithoutTheCatchAll() {
    ImportedQuestion sugar = question(5);
    assertThat(sugar.text())
        .isEqualTo("<p>สูตรบัวลอยนี้ใช้น้ำตาลมะพร้าวกี่ถ้วย &amp; กี่ช้อน?</p>");
    assertThat(sugar.points()).isEqualTo(1);
    assertThat(sugar.generalFeedback()).isEqualTo("ประมาณสามถ้วยครึ่ง");
    assertThat(sugar.choices())
        .containsExactly(
            new ImportedChoice("3.5|0.1", true, "ถูกต้อง"),
            new ImportedChoice("7|1", false, "มากเกินไป"));
  }

  @Test
  void matchingPairsWithADistractor() {
    assertThat(question(6).choices())
        .extracting(ImportedChoice::text)
        .containsExactly("<p>ทองหยิบ</p>=>ไข่แดง", "<p>ลอดช่อง</p>=>แป้งข้าวเจ้า", "=>น้ำปลา");
  }

  @Test
  void orderingItemsInDocumentOrder() {
    assertThat(question(7).choices())
        .extracting(ImportedChoice::text)
        .containsExactly(
            "นวดแป้งข้าวเหนียวกับน้ำ",
            "ปั้นเป็นลูกกลมเล็ก ๆ",
            "ต้มในน้ำเดือดจนลอย",
            "ใส่ลงในน้ำกะทิ");
  }

  @Test
  void essayWithPointsAndGeneralFeedback() {
    assertThat(question(8))
        .isEqualTo(
            new ImportedQuestion(
                EssayType.ID,
                "เรียงความ",
                "<p>เล่าประสบการณ์การทำขนมไทยกับครอบครัวของคุณ</p>",
                10,
                List.of(),
                "ให้คะแนนตามความครบถ้วนของขั้นตอน"));
  }

  @Test
  void thaiTextIsKeptByteForByte() {
    // sara am written decomposed (nikhahit + sara aa) must not be recomposed or otherwise changed
    String decomposed = "น\u0E4D\u0E32ตาล";
    ImportReport report =
        MoodleXmlReader.read(
            new ByteArrayInputStream(
                quiz("<question type=\"essay\"><name><text>ก</text></name>"
                        + "<questiontext><text>"
                        + decomposed
                        + "</text></questiontext></question>")
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(report.imported().get(0).text()).isEqualTo(decomposed);
  }

  @Test
  void refusesADoctype() {
    ImportReport report =
        MoodleXmlReader.read(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"ก\">]>\n<quiz>&a;</quiz>");
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped()).hasSize(1);
    assertThat(report.skipped().get(0).reasonKey()).isEqualTo(MoodleXmlReader.DOCTYPE);
    assertThat(report.skipped().get(0).line()).isEqualTo(2);
    assertThat(report.skipped().get(0).detail()).contains("DOCTYPE");
  }

  @Test
  void refusesABillionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<quiz><question type=\"essay\"><questiontext><text>&lol9;</text>");
    xml.append("</questiontext></question></quiz>");
    ImportReport report = MoodleXmlReader.read(xml.toString());
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(MoodleXmlReader.DOCTYPE);
    assertThat(report.skipped().get(0).detail()).doesNotContain("lollol");
  }

  @Test
  void neverReadsAnExternalEntity(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    String content = "ความลับของระบบ-" + System.nanoTime();
    Files.writeString(secret, content);
    for (String target : List.of(secret.toUri().toString(), "file:///etc/passwd")) {
      String xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \""
              + target
              + "\">]>\n<quiz><question type=\"essay\"><name><text>&xxe;</text></name>"
              + "<questiontext><text>&xxe;</text></questiontext></question></quiz>";
      ImportReport report = MoodleXmlReader.read(xml);
      assertThat(report.imported()).isEmpty();
      assertThat(report.skipped())
          .extracting(Skipped::reasonKey)
          .containsExactly(MoodleXmlReader.DOCTYPE);
      assertThat(report.toString()).doesNotContain(content).doesNotContain("root:");
    }
  }

  @Test
  void refusesAnExternalDtdWithoutFetchingIt(@TempDir Path dir) throws Exception {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY x \"ถูกอ่านแล้ว\">");
    String xml =
        "<!-- ส่งออกจาก Moodle -->\n<!DOCTYPE quiz SYSTEM \""
            + dtd.toUri()
            + "\">\n<quiz><question type=\"essay\"><questiontext><text>&x;</text>"
            + "</questiontext></question></quiz>";
    ImportReport report = MoodleXmlReader.read(xml);
    assertThat(report.skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(MoodleXmlReader.DOCTYPE);
    assertThat(report.toString()).doesNotContain("ถูกอ่านแล้ว");
  }

  @Test
  void doesNotIncludeOtherFiles() {
    String xml =
        "<quiz xmlns:xi=\"http://www.w3.org/2001/XInclude\"><question type=\"essay\">"
            + "<questiontext><text>ก<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>"
            + "</text></questiontext></question></quiz>";
    ImportReport report = MoodleXmlReader.read(xml);
    assertThat(report.imported()).extracting(ImportedQuestion::text).containsExactly("ก");
    assertThat(report.toString()).doesNotContain("root:");
  }

  @Test
  void refusesMalformedXmlWithTheLineAndTheParsersMessage() {
    ImportReport report =
        MoodleXmlReader.read(
            quiz("<question type=\"essay\">\n<questiontext><text>ก</questiontext>\n</question>\n"));
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped()).hasSize(1);
    Skipped refusal = report.skipped().get(0);
    assertThat(refusal.reasonKey()).isEqualTo(MoodleXmlReader.MALFORMED);
    assertThat(refusal.line()).isEqualTo(4);
    assertThat(refusal.detail()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    assertThat(reasons("")).containsExactly(MoodleXmlReader.MALFORMED);
    assertThat(reasons("ขนมชั้น {=๙ ชั้น ~๗ ชั้น}")).containsExactly(MoodleXmlReader.MALFORMED);
    assertThat(reasons("<quiz>&nbsp;</quiz>")).containsExactly(MoodleXmlReader.MALFORMED);
  }

  @Test
  void refusesAnotherRootElement() {
    assertThat(MoodleXmlReader.read("<html><body>ก</body></html>").skipped())
        .extracting(Skipped::reasonKey, Skipped::detail)
        .containsExactly(tuple(MoodleXmlReader.NOT_QUIZ, "html"));
  }

  @Test
  void refusesOversizedInputBeforeParsing() {
    String big = quiz("<!-- " + "ก".repeat(ImportInput.MAX_BYTES / 3) + " -->");
    assertThat(MoodleXmlReader.read(big).skipped())
        .extracting(Skipped::line, Skipped::reasonKey)
        .containsExactly(tuple(0, ImportInput.TOO_LARGE));
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    assertThat(MoodleXmlReader.read(new ByteArrayInputStream(bytes)).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_LARGE);
  }

  @Test
  void refusesMoreThanFiveThousandQuestions() {
    String one = "<question type=\"essay\"><questiontext><text>ก</text></questiontext></question>";
    assertThat(MoodleXmlReader.read(quiz(one.repeat(ImportInput.MAX_QUESTIONS))).imported())
        .hasSize(ImportInput.MAX_QUESTIONS);
    assertThat(reasons(quiz(one.repeat(ImportInput.MAX_QUESTIONS + 1))))
        .containsExactly(ImportInput.TOO_MANY_QUESTIONS);
  }

  @Test
  void decodesEntitiesAndCdata() {
    ImportReport report =
        MoodleXmlReader.read(
            quiz(
                "<question type=\"essay\"><name><text>ก &amp; ข &#x0E04;</text></name>"
                    + "<questiontext format=\"html\"><text>&lt;b&gt;ง&lt;/b&gt; <![CDATA[<i>จ</i> &amp;]]></text>"
                    + "</questiontext></question>"));
    assertThat(report.imported().get(0).name()).isEqualTo("ก & ข ค");
    assertThat(report.imported().get(0).text()).isEqualTo("<b>ง</b> <i>จ</i> &amp;");
  }

  @Test
  void skipsWhatTheQuestionTypeWouldRefuse() {
    String tf =
        "<question type=\"truefalse\"><name><text>%s</text></name>"
            + "<questiontext><text>ก</text></questiontext>%s</question>";
    String answer = "<answer fraction=\"%s\"><text>%s</text></answer>";
    ImportReport report =
        MoodleXmlReader.read(
            quiz(
                String.format(
                        tf,
                        "สองข้อจริง",
                        String.format(answer, 100, "true") + String.format(answer, 100, "false"))
                    + String.format(
                        tf,
                        "ใช่",
                        String.format(answer, 100, "ใช่") + String.format(answer, 0, "false"))
                    + "<question type=\"multichoice\"><name><text>ข้อเดียว</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + String.format(answer, 100, "ค")
                    + "</question>"
                    + "<question type=\"multichoice\"><name><text>สองข้อถูก</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + String.format(answer, 100, "ค")
                    + String.format(answer, 100, "ง")
                    + "</question>"
                    + "<question type=\"multichoice\"><name><text>ว่าง</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + String.format(answer, 100, "ค")
                    + String.format(answer, 0, " ")
                    + "</question>"
                    + "<question type=\"numerical\"><name><text>ตัวเลขเสีย</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + String.format(answer, 100, "1,500")
                    + "</question>"
                    + "<question type=\"matching\"><name><text>คู่เดียว</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + "<subquestion><text>ก</text><answer><text>ข</text></answer></subquestion>"
                    + "<subquestion><text></text><answer><text>ค</text></answer></subquestion>"
                    + "</question>"
                    + "<question type=\"matching\"><name><text>คู่เสีย</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + "<subquestion><text>ก=>ข</text><answer><text>ข</text></answer></subquestion>"
                    + "<subquestion><text>ค</text><answer><text>ง</text></answer></subquestion>"
                    + "</question>"
                    + "<question type=\"ordering\"><name><text>เรียงข้อเดียว</text></name>"
                    + "<questiontext><text>ข</text></questiontext>"
                    + String.format(answer, 1, "ค")
                    + "</question>"
                    + "<question type=\"shortanswer\"><name><text>ไม่มีข้อความ</text></name>"
                    + "<questiontext><text> </text></questiontext>"
                    + String.format(answer, 100, "ค")
                    + "</question>"
                    + "<question type=\"calculated\"><name><text>คำนวณ</text></name>"
                    + "<questiontext><text>{a} + {b}</text></questiontext></question>"
                    + "<question><name><text>ไม่มีชนิด</text></name></question>"));
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped())
        .extracting(Skipped::name, Skipped::reasonKey)
        .containsExactly(
            tuple("สองข้อจริง", MoodleXmlReader.BAD_TRUE_FALSE),
            tuple("ใช่", MoodleXmlReader.BAD_TRUE_FALSE),
            tuple("ข้อเดียว", AikenReader.FEW_OPTIONS),
            tuple("สองข้อถูก", MoodleXmlReader.SEVERAL_CORRECT),
            tuple("ว่าง", MoodleXmlReader.EMPTY_ANSWER),
            tuple("ตัวเลขเสีย", GiftReader.BAD_NUMBER),
            tuple("คู่เดียว", MoodleXmlReader.FEW_PAIRS),
            tuple("คู่เสีย", MoodleXmlReader.BAD_PAIR),
            tuple("เรียงข้อเดียว", AikenReader.FEW_OPTIONS),
            tuple("ไม่มีข้อความ", GiftReader.NO_TEXT),
            tuple("คำนวณ", MoodleXmlReader.UNSUPPORTED_TYPE),
            tuple("ไม่มีชนิด", MoodleXmlReader.UNSUPPORTED_TYPE));
    assertThat(report.skipped().get(5).detail()).isEqualTo("1,500");
    assertThat(report.skipped().get(10).detail()).isEqualTo("calculated");
  }

  @Test
  void pointsAreRoundedAndAtLeastOne() {
    String q =
        "<question type=\"essay\"><questiontext><text>ก</text></questiontext>"
            + "<defaultgrade>%s</defaultgrade></question>";
    ImportReport report =
        MoodleXmlReader.read(
            quiz(
                String.format(q, "2.5")
                    + String.format(q, "0.2")
                    + String.format(q, "ห้า")
                    + String.format(q, "99999999999")
                    + "<question type=\"essay\"><questiontext><text>ก</text></questiontext>"
                    + "</question>"));
    assertThat(report.imported())
        .extracting(ImportedQuestion::points)
        .containsExactly(3, 1, 1, MoodleXmlReader.MAX_POINTS, ImportedQuestion.DEFAULT_POINTS);
  }

  @Test
  void theAllOrNothingCommentOnlyCountsOnAMultipleResponseQuestion() {
    String answers =
        "<answer fraction=\"50\"><text>ค</text></answer>"
            + "<answer fraction=\"50\"><text>ง</text></answer>"
            + "<answer fraction=\"-100\"><text>จ</text></answer>";
    ImportReport report =
        MoodleXmlReader.read(
            quiz(
                "<question type=\"multichoice\"><!-- relearn:all-or-nothing -->"
                    + "<questiontext><text>ข</text></questiontext><single>false</single>"
                    + answers
                    + "</question>"
                    + "<question type=\"multichoice\">"
                    + "<questiontext><text>ข</text><!-- relearn:all-or-nothing --></questiontext>"
                    + "<single>false</single>"
                    + answers
                    + "</question>"));
    assertThat(report.imported())
        .extracting(ImportedQuestion::type)
        .containsExactly(AllOrNothingMultipleResponseType.ID, MultipleResponseType.ID);
  }
}
