package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

class MoodleXmlWriterTest {

  /** Thai text and every character XML gives a meaning to, a CDATA end among them. */
  private static final String TRICKY =
      "ราคา <ขนมครก> & \"ทองหยอด\" 'ฝอยทอง' ]]> ]]]]> <![CDATA[ x ]]> &amp; &#3585; <!-- -->";

  private static final String LINES = "บรรทัดแรก\nบรรทัดที่สอง\r\nบรรทัดที่สาม\rจบ\tแท็บ";

  private static final List<ImportedQuestion> EVERY_TYPE =
      List.of(
          new ImportedQuestion(
              SingleChoiceType.ID,
              "ขนมชั้น: ข้อ ๑ <ยาก>",
              "<p>ขนมชั้นมีกี่ชั้น?</p>",
              1,
              List.of(
                  new ImportedChoice("๙ ชั้น", true, "ถูกต้อง ]]> มงคล"),
                  new ImportedChoice(TRICKY, false, TRICKY),
                  new ImportedChoice("๑๑ ชั้น", false)),
              "เลข ๙ หมายถึงก้าวหน้า & มั่นคง"),
          new ImportedQuestion(
              TrueFalseType.ID,
              "",
              "ลอดช่องทำจากแป้งข้าวเจ้า",
              3,
              List.of(
                  new ImportedChoice(TrueFalseType.TRUE, true),
                  new ImportedChoice(TrueFalseType.FALSE, false, "แป้งข้าวเจ้าจริง")),
              ""),
          new ImportedQuestion(
              TrueFalseType.ID,
              "ทองหยิบ",
              "ทองหยิบใช้ไข่ขาว",
              1,
              List.of(
                  new ImportedChoice(TrueFalseType.TRUE, false, "ผิด"),
                  new ImportedChoice(TrueFalseType.FALSE, true, "ใช้ไข่แดง")),
              "ใช้ไข่แดง"),
          new ImportedQuestion(
              MultipleResponseType.ID,
              "กะทิ",
              LINES,
              2,
              List.of(
                  new ImportedChoice("บัวลอย", true, "ใช่"),
                  new ImportedChoice("ขนมชั้น", true),
                  new ImportedChoice("ลอดช่อง", true),
                  new ImportedChoice("ฝอยทอง", false, "ไม่ใช่")),
              LINES),
          new ImportedQuestion(
              AllOrNothingMultipleResponseType.ID,
              "ขนมมงคล",
              "ขนมใดเป็นขนมมงคล? ต้องเลือกครบ",
              4,
              List.of(
                  new ImportedChoice("ทองหยิบ", true),
                  new ImportedChoice("ทองหยอด", true, "ใช่ <b>มงคล</b>"),
                  new ImportedChoice("ข้าวเหนียวมะม่วง", false, "ไม่ใช่")),
              ""),
          new ImportedQuestion(
              ShortAnswerType.ID,
              "",
              "ขนมที่มี ๙ ชั้นชื่ออะไร",
              1,
              List.of(
                  new ImportedChoice("ขนมชั้น", true, "ถูก"),
                  new ImportedChoice(TRICKY, true),
                  new ImportedChoice("ขนมเปียกปูน", false, "ใกล้เคียง")),
              TRICKY),
          new ImportedQuestion(
              NumericType.ID,
              "น้ำตาล",
              "ใช้น้ำตาลกี่ถ้วย?",
              1,
              List.of(
                  new ImportedChoice("3.5|0.1", true, "ใกล้เคียง"),
                  new ImportedChoice("-2", true),
                  new ImportedChoice("7|1", false, "มากไป")),
              "สามถ้วยครึ่ง"),
          new ImportedQuestion(
              MatchingType.ID,
              "จับคู่",
              "จับคู่ขนมกับวัตถุดิบ",
              1,
              List.of(
                  new ImportedChoice("ทองหยิบ=>ไข่แดง <สด>", true),
                  new ImportedChoice("<p>ลูกชุบ</p>=>ถั่ว=>เขียว & ]]>", true),
                  new ImportedChoice("=>น้ำปูนใส", true)),
              ""),
          new ImportedQuestion(
              OrderingType.ID,
              "ขั้นตอน",
              "เรียงขั้นตอนการทำบัวลอย",
              2,
              List.of(
                  new ImportedChoice("นวดแป้ง", true, "เริ่มจากนวด"),
                  new ImportedChoice("ปั้นเป็นลูก & ต้ม", true),
                  new ImportedChoice("ใส่น้ำกะทิ ]]>", true)),
              "นวด ปั้น ต้ม"),
          new ImportedQuestion(
              EssayType.ID, "เรียงความ", "เล่าเรื่องขนมไทยที่คุณชอบ", 10, List.of(), ""),
          new ImportedQuestion(EssayType.ID, "", "อธิบายสูตร {ลับ}", 1, List.of(), TRICKY));

  @Test
  void whatItWritesReadsBackEqual() {
    String xml = MoodleXmlWriter.write(EVERY_TYPE);
    ImportReport report = MoodleXmlReader.read(xml);
    assertThat(report.skipped()).as(xml).isEmpty();
    assertThat(report.imported()).as(xml).containsExactlyElementsOf(EVERY_TYPE);
  }

  @Test
  void theRoundTripCoversEveryType() {
    Set<String> written =
        EVERY_TYPE.stream().map(ImportedQuestion::type).collect(Collectors.toSet());
    assertThat(written)
        .containsExactlyInAnyOrder(
            SingleChoiceType.ID,
            MultipleResponseType.ID,
            AllOrNothingMultipleResponseType.ID,
            TrueFalseType.ID,
            ShortAnswerType.ID,
            NumericType.ID,
            MatchingType.ID,
            OrderingType.ID,
            EssayType.ID);
  }

  @Test
  void theDessertsFileSurvivesARoundTrip() {
    List<ImportedQuestion> read =
        MoodleXmlReader.read(Resources.text("thai-desserts-moodle.xml")).imported();
    assertThat(read).hasSize(9);
    assertThat(MoodleXmlReader.read(MoodleXmlWriter.write(read)).imported()).isEqualTo(read);
  }

  @Test
  void writesMoodlesFractionsAndTheAllOrNothingMarker() {
    ImportedQuestion three =
        new ImportedQuestion(
            MultipleResponseType.ID,
            "",
            "ข",
            1,
            List.of(
                new ImportedChoice("ค", true),
                new ImportedChoice("ง", true),
                new ImportedChoice("จ", true),
                new ImportedChoice("ฉ", false)),
            "");
    String xml = MoodleXmlWriter.write(List.of(three));
    assertThat(xml)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
        .contains("<question type=\"multichoice\">", "<single>false</single>")
        .contains(
            "<answer fraction=\"33.33333\" format=\"moodle_auto_format\">\n      <text>ค</text>")
        .contains(
            "<answer fraction=\"-33.33333\" format=\"moodle_auto_format\">\n      <text>ฉ</text>")
        .doesNotContain(MoodleXmlReader.ALL_OR_NOTHING);
    ImportedQuestion allOrNothing =
        new ImportedQuestion(
            AllOrNothingMultipleResponseType.ID,
            three.name(),
            three.text(),
            1,
            three.choices(),
            "");
    assertThat(MoodleXmlWriter.write(List.of(allOrNothing)))
        .isEqualTo(
            xml.replace(
                "<question type=\"multichoice\">\n",
                "<question type=\"multichoice\">\n    <!-- relearn:all-or-nothing -->\n"));
  }

  @Test
  void roundsSharesToTheNearestFractionMoodleAccepts() {
    assertThat(share(1)).isEqualTo("100");
    assertThat(share(2)).isEqualTo("50");
    assertThat(share(6)).isEqualTo("16.66667");
    assertThat(share(7)).isEqualTo("14.28571");
    assertThat(share(8)).isEqualTo("12.5");
    assertThat(share(9)).isEqualTo("11.11111");
    assertThat(share(12)).isEqualTo("10");
    // 100/50 = 2 is nearer to 0 than to 5, but a correct answer must keep a positive fraction
    assertThat(share(50)).isEqualTo("5");
  }

  private static String share(int n) {
    return MoodleXmlWriter.nearestFraction(
            BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(n), 10, java.math.RoundingMode.HALF_UP))
        .toPlainString();
  }

  @Test
  void manyCorrectAnswersStayCorrect() {
    List<ImportedChoice> choices =
        java.util.stream.IntStream.range(0, 60)
            .mapToObj(i -> new ImportedChoice("ข้อ " + i, i < 50))
            .toList();
    ImportedQuestion q = new ImportedQuestion(MultipleResponseType.ID, "", "เลือก", 1, choices, "");
    assertThat(MoodleXmlReader.read(MoodleXmlWriter.write(List.of(q))).imported())
        .containsExactly(q);
  }

  @Test
  void aCdataEndInsideTextIsSplit() {
    String text = "ก ]]> ข <ค>";
    assertThat(MoodleXmlWriter.text(text)).isEqualTo("<![CDATA[ก ]]]]><![CDATA[> ข <ค>]]>");
    assertThat(MoodleXmlWriter.text("ก ]]> ข\r")).isEqualTo("ก ]]&gt; ข&#13;");
    assertThat(MoodleXmlWriter.text("ก \"ข\" 'ค'")).isEqualTo("ก \"ข\" 'ค'");
    assertThat(MoodleXmlWriter.text("ก <ข>\r\n")).isEqualTo("ก &lt;ข&gt;&#13;\n");
    ImportedQuestion q =
        new ImportedQuestion(EssayType.ID, text, text + "]]>", 1, List.of(), "]]>" + text);
    assertThat(MoodleXmlReader.read(MoodleXmlWriter.write(List.of(q))).imported())
        .containsExactly(q);
  }

  @Test
  void refusesWhatXmlOrTheTypeCannotSay() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MoodleXmlWriter.write(
                    List.of(new ImportedQuestion(EssayType.ID, "", "ก\u0001ข", 1, List.of(), ""))));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MoodleXmlWriter.write(
                    List.of(
                        new ImportedQuestion(
                            TrueFalseType.ID,
                            "",
                            "จริงไหม",
                            1,
                            List.of(new ImportedChoice("ใช่", true)),
                            ""))));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MoodleXmlWriter.write(
                    List.of(new ImportedQuestion("cloze", "", "ก", 1, List.of(), ""))));
  }
}
