package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
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

class GiftWriterTest {

  /** Thai text and every character GIFT gives a meaning to. */
  private static final String TRICKY = "ราคา {ขนมครก} = ๒๐ บาท ~ประมาณ #1: 50% -> ลด\\ส่วน";

  private static final List<ImportedQuestion> EVERY_TYPE =
      List.of(
          new ImportedQuestion(
              SingleChoiceType.ID,
              "ขนมชั้น: ข้อ ๑",
              "ขนมชั้นมีกี่ชั้น?",
              1,
              List.of(
                  new ImportedChoice("๙ ชั้น", true, "ถูกต้อง #มงคล"),
                  new ImportedChoice(TRICKY, false, TRICKY),
                  new ImportedChoice("%๑๑ ชั้น", false)),
              "เลข ๙ หมายถึงก้าวหน้า"),
          new ImportedQuestion(
              TrueFalseType.ID,
              "",
              "// ไม่ใช่ความเห็น: ลอดช่องทำจากแป้งข้าวเจ้า",
              3,
              List.of(
                  new ImportedChoice(TrueFalseType.TRUE, true),
                  new ImportedChoice(TrueFalseType.FALSE, false, "แป้งข้าวเจ้าจริง")),
              ""),
          new ImportedQuestion(
              TrueFalseType.ID,
              "ไม่มีคำติชม",
              "ทองหยิบใช้ไข่ขาว",
              1,
              List.of(
                  new ImportedChoice(TrueFalseType.TRUE, false),
                  new ImportedChoice(TrueFalseType.FALSE, true)),
              "ใช้ไข่แดง"),
          new ImportedQuestion(
              TrueFalseType.ID,
              "",
              "ฝอยทองมาจากโปรตุเกส",
              1,
              List.of(
                  new ImportedChoice(TrueFalseType.TRUE, false, "ผิด"),
                  new ImportedChoice(TrueFalseType.FALSE, true)),
              ""),
          new ImportedQuestion(
              MultipleResponseType.ID,
              "กะทิ",
              "ขนมใดใช้กะทิ?\nเลือกได้หลายข้อ",
              2,
              List.of(
                  new ImportedChoice("บัวลอย", true, "ใช่"),
                  new ImportedChoice("ขนมชั้น", true),
                  new ImportedChoice("ลอดช่อง", true),
                  new ImportedChoice("ฝอยทอง", false, "ไม่ใช่")),
              ""),
          new ImportedQuestion(
              ShortAnswerType.ID,
              "",
              "[html] ขนมที่มี ๙ ชั้นชื่ออะไร",
              1,
              List.of(new ImportedChoice("ขนมชั้น", true, "ถูก"), new ImportedChoice(TRICKY, true)),
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
                  new ImportedChoice("ทองหยิบ=>ไข่แดง {สด}", true),
                  new ImportedChoice("ลูก->ชุบ=>ถั่ว->เขียว", true),
                  new ImportedChoice("=>น้ำปูนใส", true)),
              ""),
          new ImportedQuestion(
              EssayType.ID, "เรียงความ", "เล่าเรื่องขนมไทยที่คุณชอบ", 10, List.of(), ""),
          new ImportedQuestion(EssayType.ID, "", "อธิบายสูตร {ลับ}", 1, List.of(), "ตรวจด้วยมือ"));

  @Test
  void whatItWritesReadsBackEqual() {
    String gift = GiftWriter.write(EVERY_TYPE);
    ImportReport report = GiftReader.read(gift);
    assertThat(report.skipped()).as(gift).isEmpty();
    assertThat(report.imported()).as(gift).containsExactlyElementsOf(EVERY_TYPE);
  }

  /** Every type GIFT can write is in the round trip above, and no other. */
  @Test
  void theRoundTripCoversEveryTypeGiftCanWrite() {
    List<String> everyType =
        List.of(
            SingleChoiceType.ID,
            MultipleResponseType.ID,
            AllOrNothingMultipleResponseType.ID,
            TrueFalseType.ID,
            ShortAnswerType.ID,
            NumericType.ID,
            MatchingType.ID,
            OrderingType.ID,
            EssayType.ID);
    assertThat(EVERY_TYPE)
        .extracting(ImportedQuestion::type)
        .isSubsetOf(everyType)
        .containsAll(everyType.stream().filter(GiftWriter::canWrite).toList())
        .allMatch(GiftWriter::canWrite);
  }

  @Test
  void theDessertsFileSurvivesARoundTrip() {
    List<ImportedQuestion> read = GiftReader.read(Resources.text("thai-desserts.gift")).imported();
    assertThat(GiftReader.read(GiftWriter.write(read)).imported()).isEqualTo(read);
  }

  @Test
  void writesReadableGift() {
    String gift =
        GiftWriter.write(
            List.of(
                new ImportedQuestion(
                    NumericType.ID,
                    "ก",
                    "ขนมชั้นมีกี่ชั้น",
                    1,
                    List.of(new ImportedChoice("9", true)),
                    ""),
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
                    "")));
    assertThat(gift)
        .isEqualTo(
            "::ก::ขนมชั้นมีกี่ชั้น {#9:0}\n\n"
                + "ข {\n\t~%33.33333%ค\n\t~%33.33333%ง\n\t~%33.33333%จ\n\t~%-33.33333%ฉ\n}\n\n");
  }

  @Test
  void refusesWhatGiftCannotSay() {
    assertThat(GiftWriter.canWrite(OrderingType.ID)).isFalse();
    assertThat(GiftWriter.canWrite(SingleChoiceType.ID)).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                GiftWriter.write(
                    List.of(
                        new ImportedQuestion(
                            OrderingType.ID,
                            "",
                            "เรียง",
                            1,
                            List.of(new ImportedChoice("ก", true)),
                            ""))));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                GiftWriter.write(
                    List.of(
                        new ImportedQuestion(
                            TrueFalseType.ID,
                            "",
                            "จริงไหม",
                            1,
                            List.of(new ImportedChoice("ใช่", true)),
                            ""))));
  }

  @Test
  void dropsShortAnswerOptionsThatAreNotAccepted() {
    ImportedQuestion q =
        new ImportedQuestion(
            ShortAnswerType.ID,
            "",
            "ก",
            1,
            List.of(new ImportedChoice("ข", true), new ImportedChoice("ค", false)),
            "");
    assertThat(GiftReader.read(GiftWriter.write(List.of(q))).imported().get(0).choices())
        .containsExactly(new ImportedChoice("ข", true));
  }
}
