package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.type.SingleChoiceType;

class AikenReaderTest {

  @Test
  void readsTheGoodQuestionsAndReportsTheBrokenOnesWithTheirLines() {
    ImportReport report = AikenReader.read(Resources.text("thai-desserts-aiken.txt"));

    assertThat(report.imported()).hasSize(3);
    ImportedQuestion first = report.imported().get(0);
    assertThat(first.type()).isEqualTo(SingleChoiceType.ID);
    assertThat(first.text()).isEqualTo("ขนมชั้นนิยมทำกี่ชั้น?");
    assertThat(first.points()).isEqualTo(1);
    assertThat(first.choices())
        .containsExactly(
            new ImportedChoice("๗ ชั้น", false),
            new ImportedChoice("๙ ชั้น", true),
            new ImportedChoice("๑๑ ชั้น", false));
    assertThat(report.imported().get(1).choices())
        .extracting(ImportedChoice::text, ImportedChoice::correct)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ทองหยิบ", false),
            org.assertj.core.groups.Tuple.tuple("ฝอยทอง", false),
            org.assertj.core.groups.Tuple.tuple("ขนมครก", true),
            org.assertj.core.groups.Tuple.tuple("ทองหยอด", false));
    assertThat(report.imported().get(2).text()).isEqualTo("ขนมเปียกปูนมีสีดำจากอะไร?");

    assertThat(report.skipped())
        .containsExactly(
            new Skipped(14, "", AikenReader.MISSING_ANSWER, "ลอดช่องทำจากแป้งอะไร?"),
            new Skipped(19, "", AikenReader.UNKNOWN_ANSWER, "E"));
  }

  @Test
  void refusesAQuestionWithFewerThanTwoOptions() {
    ImportReport report = AikenReader.read("ขนมชั้นมีกี่ชั้น?\nA. ๙\nANSWER: A\n");
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped())
        .extracting(Skipped::line, Skipped::reasonKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AikenReader.FEW_OPTIONS));
  }

  @Test
  void refusesAnAnswerWithoutAQuestionOrOptions() {
    ImportReport report = AikenReader.read("\n\nANSWER: A\nคำถาม?\nANSWER: B\n");
    assertThat(report.skipped())
        .extracting(Skipped::line, Skipped::reasonKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, AikenReader.FEW_OPTIONS),
            org.assertj.core.groups.Tuple.tuple(4, AikenReader.FEW_OPTIONS));
  }

  @Test
  void refusesRepeatedOptionLetters() {
    ImportReport report = AikenReader.read("คำถาม?\nA. ก\nA. ข\nANSWER: A");
    assertThat(report.skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(AikenReader.DUPLICATE_LETTER);
  }

  @Test
  void reportsAMissingAnswerAtTheEndOfInput() {
    ImportReport report = AikenReader.read("คำถาม?\nA. ก\nB. ข");
    assertThat(report.skipped())
        .containsExactly(new Skipped(1, "", AikenReader.MISSING_ANSWER, "คำถาม?"));
  }

  @Test
  void refusesAnswersThatAreNotOneLetter() {
    assertThat(AikenReader.read("ค?\nA. ก\nB. ข\nANSWER: AB").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(AikenReader.UNKNOWN_ANSWER);
    assertThat(AikenReader.read("ค?\nA. ก\nB. ข\nANSWER:").skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(AikenReader.UNKNOWN_ANSWER);
  }

  @Test
  void toleratesWindowsLineEndingsAByteOrderMarkAndMissingBlankLines() {
    String text =
        "\uFEFFคำถาม ๑?\r\nA. ก\r\nB. ข\r\nANSWER: B\r\nคำถาม ๒?\r\nA) ค\r\nB) ง\r\nANSWER:A";
    ImportReport report = AikenReader.read(text);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.imported())
        .extracting(ImportedQuestion::text)
        .containsExactly("คำถาม ๑?", "คำถาม ๒?");
    assertThat(report.imported().get(1).choices().get(0).correct()).isTrue();
  }

  @Test
  void joinsQuestionLinesBeforeTheFirstOption() {
    ImportReport report = AikenReader.read("บรรทัดแรก\nบรรทัดสอง?\nA. ก\nB. ข\nANSWER: A");
    assertThat(report.imported().get(0).text()).isEqualTo("บรรทัดแรก\nบรรทัดสอง?");
  }

  @Test
  void readsFromAStream() {
    byte[] bytes = "คำถาม?\nA. ก\nB. ข\nANSWER: B\n".getBytes(StandardCharsets.UTF_8);
    assertThat(AikenReader.read(new ByteArrayInputStream(bytes)).imported()).hasSize(1);
  }

  @Test
  void emptyInputImportsNothing() {
    assertThat(AikenReader.read(""))
        .isEqualTo(new ImportReport(java.util.List.of(), java.util.List.of()));
  }
}
