package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

class GiftReaderTest {

  private static ImportReport desserts;

  @BeforeAll
  static void readTheDessertsFile() {
    desserts = GiftReader.read(Resources.text("thai-desserts.gift"));
  }

  private static ImportedQuestion question(int index) {
    return desserts.imported().get(index);
  }

  @Test
  void readsEveryQuestionOfTheDessertsFile() {
    assertThat(desserts.skipped()).isEmpty();
    assertThat(desserts.imported())
        .extracting(ImportedQuestion::type)
        .containsExactly(
            SingleChoiceType.ID,
            TrueFalseType.ID,
            TrueFalseType.ID,
            ShortAnswerType.ID,
            NumericType.ID,
            NumericType.ID,
            MatchingType.ID,
            EssayType.ID,
            MultipleResponseType.ID,
            SingleChoiceType.ID);
  }

  @Test
  void multipleChoiceWithOptionAndGeneralFeedback() {
    assertThat(question(0))
        .isEqualTo(
            new ImportedQuestion(
                SingleChoiceType.ID,
                "ขนมชั้น",
                "ขนมชั้นนิยมทำกี่ชั้นเพื่อความเป็นสิริมงคล?",
                1,
                List.of(
                    new ImportedChoice(
                        "๙ ชั้น", true, "ถูกต้อง เลข ๙ พ้องเสียงกับคำว่า \"ก้าวหน้า\""),
                    new ImportedChoice("๗ ชั้น", false, "ยังไม่ถูก ลองนึกถึงเลขมงคล"),
                    new ImportedChoice("๑๑ ชั้น", false, "")),
                "ขนมชั้นนิยมทำ ๙ ชั้น ให้ชีวิตเจริญก้าวหน้าขึ้นไปเรื่อย ๆ"));
  }

  @Test
  void trueFalseAsTwoOptionsWithFeedbackForRightAndWrong() {
    assertThat(question(1).choices())
        .containsExactly(
            new ImportedChoice(TrueFalseType.TRUE, false),
            new ImportedChoice(TrueFalseType.FALSE, true));
    ImportedQuestion thongYip = question(2);
    assertThat(thongYip.points()).isEqualTo(2);
    assertThat(thongYip.choices())
        .containsExactly(
            new ImportedChoice(
                TrueFalseType.TRUE, true, "ใช่ ทองหยิบหมายถึงการหยิบจับสิ่งใดก็ร่ำรวย"),
            new ImportedChoice(TrueFalseType.FALSE, false, "ผิด ทองหยิบเป็นขนมมงคลจริง"));
  }

  @Test
  void shortAnswerKeepsEveryAcceptedAnswer() {
    assertThat(question(3).choices())
        .containsExactly(
            new ImportedChoice("ขนมชั้น", true),
            new ImportedChoice("Khanom Chan", true, "ถูกต้อง"));
  }

  @Test
  void numericAsValueAndToleranceIncludingRanges() {
    assertThat(question(4).choices()).containsExactly(new ImportedChoice("3.5|0.1", true));
    assertThat(question(4).generalFeedback()).isEqualTo("ประมาณสามถ้วยครึ่ง");
    assertThat(question(5).choices()).containsExactly(new ImportedChoice("115|5", true));
  }

  @Test
  void matchingAsPairs() {
    assertThat(question(6).choices())
        .extracting(ImportedChoice::text)
        .containsExactly(
            "ทองหยิบ=>ไข่แดง", "ลอดช่อง=>แป้งข้าวเจ้า", "ข้าวเหนียวมะม่วง=>ข้าวเหนียวมูน");
  }

  @Test
  void essayWithoutItsFormatMarker() {
    assertThat(question(7).text()).isEqualTo("เล่าประสบการณ์การทำขนมไทยกับครอบครัวของคุณ");
    assertThat(question(7).choices()).isEmpty();
    assertThat(question(7).generalFeedback()).isEqualTo("ให้คะแนนตามความครบถ้วนของขั้นตอน");
  }

  @Test
  void weightsMakeAMultipleResponseQuestion() {
    assertThat(question(8).choices())
        .containsExactly(
            new ImportedChoice("บัวลอย", true, "ใช่"),
            new ImportedChoice("ขนมชั้น", true, ""),
            new ImportedChoice("ฝอยทอง", false, "ฝอยทองใช้ไข่แดงกับน้ำเชื่อม ไม่ใช้กะทิ"));
  }

  @Test
  void escapedCharactersAreText() {
    ImportedQuestion q = question(9);
    assertThat(q.name()).isEqualTo("สัญลักษณ์: ราคา");
    assertThat(q.text())
        .isEqualTo("ในสูตร \"ขนมครก 2 = 1 ถาด\" เครื่องหมาย { } ~ และ # ใช้ทำอะไร?");
    assertThat(q.choices())
        .containsExactly(
            new ImportedChoice("ไม่มีความหมายพิเศษ = แค่ข้อความ", true),
            new ImportedChoice("เป็นสูตรคณิตศาสตร์", false));
  }

  @Test
  void skipsBrokenQuestionsWithTheirFirstLineAndAReason() {
    ImportReport report = GiftReader.read(Resources.text("broken.gift"));
    assertThat(report.imported()).extracting(ImportedQuestion::name).containsExactly("ดี");
    assertThat(report.skipped())
        .extracting(Skipped::line, Skipped::name, Skipped::reasonKey)
        .containsExactly(
            tuple(2, "ไม่ปิดวงเล็บ", GiftReader.UNCLOSED_BRACE),
            tuple(6, "ไม่มีคำตอบ", GiftReader.NO_ANSWERS),
            tuple(8, "ช่องว่าง", GiftReader.TEXT_AFTER_ANSWERS),
            tuple(10, "ไม่มีข้อถูก", GiftReader.NO_CORRECT),
            tuple(12, "ตัวเลขเสีย", GiftReader.BAD_NUMBER),
            tuple(14, "", GiftReader.UNCLOSED_TITLE),
            tuple(16, "คู่เสีย", GiftReader.BAD_PAIR),
            tuple(18, "สองข้อถูก", GiftReader.SEVERAL_CORRECT));
    assertThat(report.skipped().get(4).detail()).isEqualTo("เก้า");
  }

  @Test
  void aQuestionMayStartAfterComments() {
    ImportReport report = GiftReader.read("// ก\n// ข\n\n\n// ค\nคำถาม {T}\n// ท้าย\n");
    assertThat(report.imported()).hasSize(1);
    assertThat(report.skipped()).isEmpty();
  }

  @Test
  void questionsWithoutTextAreSkipped() {
    assertThat(GiftReader.read("::ชื่อ:: {T}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.NO_TEXT);
  }

  @Test
  void nestedBracesAreSkipped() {
    assertThat(GiftReader.read("ก {=ข {=ค}}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.UNCLOSED_BRACE);
  }

  @Test
  void optionsWithoutTextOrWithABrokenWeightAreSkipped() {
    assertThat(GiftReader.read("ก {= ~ข}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_ANSWER);
    assertThat(GiftReader.read("ก {~%ห้าสิบ%ข ~%50%ค}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_ANSWER);
    assertThat(GiftReader.read("ก {ข =ค}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_ANSWER);
  }

  @Test
  void numericAnswersInTheirLongFormAndThaiDigits() {
    ImportReport report = GiftReader.read("ขนมชั้นมีกี่ชั้น {#=๙:๐ #ถูก =%50%7:0 =-1.5}");
    assertThat(report.skipped()).isEmpty();
    assertThat(report.imported().get(0).choices())
        .containsExactly(
            new ImportedChoice("9", true, "ถูก"),
            new ImportedChoice("7", false),
            new ImportedChoice("-1.5", true));
  }

  @Test
  void numericRangesMustRunUpwards() {
    assertThat(GiftReader.read("ก {#5..1}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_NUMBER);
    assertThat(GiftReader.read("ก {#}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_NUMBER);
  }

  @Test
  void matchingMayHaveADistractorButNotAnArrowInTheLeftSide() {
    assertThat(GiftReader.read("จับคู่ {=ก -> ข =ค -> ง = -> จ}").imported().get(0).choices())
        .extracting(ImportedChoice::text)
        .containsExactly("ก=>ข", "ค=>ง", "=>จ");
    assertThat(GiftReader.read("จับคู่ {=ก=>x -> ข =ค -> ง}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.BAD_PAIR);
  }

  @Test
  void weightedShortAnswersKeepOnlyFullMarksAsAccepted() {
    ImportedQuestion q =
        GiftReader.read("ขนม ๙ ชั้น {=ขนมชั้น =%50%ขนมเปียกปูน}").imported().get(0);
    assertThat(q.type()).isEqualTo(ShortAnswerType.ID);
    assertThat(q.choices())
        .containsExactly(
            new ImportedChoice("ขนมชั้น", true), new ImportedChoice("ขนมเปียกปูน", false));
    assertThat(GiftReader.read("ก {=%50%ข}").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(GiftReader.NO_CORRECT);
  }

  @Test
  void trueFalseIsCaseInsensitive() {
    assertThat(GiftReader.read("ก {true}\n\nข {f}").imported())
        .extracting(q -> q.choices().get(0).correct())
        .containsExactly(true, false);
  }

  @Test
  void garbageNeverThrows() {
    for (String s :
        List.of(
            "{",
            "}",
            "::",
            "::a",
            "\\",
            "{\\}",
            "a {#",
            "a {=",
            "a {~%",
            "a {=%50",
            "{{{{}}}}",
            "a {-> b}",
            "a {= -> }",
            "a {#1..}",
            "a {#:}",
            "a {T#}",
            "a {T###}",
            "a {####}")) {
      ImportReport report = GiftReader.read(s);
      assertThat(report.imported().size() + report.skipped().size()).as(s).isLessThanOrEqualTo(1);
    }
  }
}
