package org.relearning.identity.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.people.imports.LearnerCsv.Result;
import org.relearning.identity.people.imports.LearnerCsv.Row;

class LearnerCsvTest {

  private static Result read(String text) {
    return LearnerCsv.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsThaiNamesBehindAnExcelByteOrderMark() {
    Result r =
        read(
            "\uFEFFusername,name_th,name_en,age_group,occupation,province\r\n"
                + "somsri,สมศรี ใจดี,Somsri Jaidee,retiree,แม่ค้า,อุตรดิตถ์\r\n");
    assertThat(r.refused()).isEmpty();
    assertThat(r.rows()).hasSize(1);
    Row row = r.rows().get(0);
    assertThat(row.isValid()).isTrue();
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.username()).isEqualTo("somsri");
    assertThat(row.nameTh()).isEqualTo("สมศรี ใจดี");
    assertThat(row.profile().ageGroup()).isEqualTo(AgeGroup.RETIREE);
    assertThat(row.profile().occupation()).isEqualTo("แม่ค้า");
    assertThat(row.profile().province()).isEqualTo("อุตรดิตถ์");
    assertThat(row.profile().statisticsConsent()).isFalse();
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndLineNumbersFollowTheFile() {
    Result r =
        read(
            "name_th,username,occupation\n"
                + "\"ใจดี, สมชาย\",somchai,\"ช่าง \"\"ไม้\"\"\"\n"
                + "\n"
                + "\"มานี\nมีนา\",manee,\n"
                + "ปิติ,piti,ชาวนา\n");
    assertThat(r.refused()).isEmpty();
    assertThat(r.rows()).extracting(Row::line).containsExactly(2, 4, 6);
    assertThat(r.rows().get(0).nameTh()).isEqualTo("ใจดี, สมชาย");
    assertThat(r.rows().get(0).profile().occupation()).isEqualTo("ช่าง \"ไม้\"");
    assertThat(r.rows().get(1).nameTh()).isEqualTo("มานี\nมีนา");
    assertThat(r.rows().get(1).profile().occupation()).isNull();
    assertThat(r.rows().get(2).username()).isEqualTo("piti");
  }

  @Test
  void badRowsAreReportedWithTheirLineAndTheRestIsRead() {
    Result r =
        read(
            "username,name_th,age_group\n"
                + "ok-one,หนึ่ง,youth\n"
                + "Bad Name!,สอง,\n"
                + "ok-three,,student\n"
                + "ok-four,สี่,toddler\n"
                + "ok-one,หนึ่งซ้ำ,\n"
                + "ok-six,หก\n"
                + "OK-Seven,เจ็ด,Working Age\n");
    assertThat(r.refused()).isEmpty();
    List<Row> rows = r.rows();
    assertThat(rows).extracting(Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(rows)
        .extracting(Row::problemKey)
        .containsExactly(
            null,
            "account.username.invalid",
            "import.row.nameThMissing",
            "import.row.ageGroup",
            "import.row.duplicateInFile",
            "import.row.columnCount",
            null);
    assertThat(rows.get(4).problemArguments()).containsExactly("ok-one", 2);
    assertThat(rows.get(6).username()).isEqualTo("ok-seven");
    assertThat(rows.get(6).profile().ageGroup()).isEqualTo(AgeGroup.WORKING_AGE);
  }

  @Test
  void filesThatCannotBeReadAreRefusedWhole() {
    assertThat(read("").refused().get().key()).isEqualTo("import.file.empty");
    assertThat(read("name_th\nสมศรี\n").refused().get().key())
        .isEqualTo("import.file.missingColumn");
    assertThat(read("username,name_th,email\n").refused().get().key())
        .isEqualTo("import.file.unknownColumn");
    assertThat(read("username,name_th\n").refused().get().key()).isEqualTo("import.file.noRows");
    assertThat(read("username,name_th\na1b,\"ไม่ปิด\n").refused().get())
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("import.file.unclosedQuote");
              assertThat(p.arguments()).containsExactly(2);
            });
    byte[] latin1 = "username,name_th\nabc,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(LearnerCsv.read(latin1).refused().get().key()).isEqualTo("import.file.notUtf8");
  }

  @Test
  void limitsTheNumberOfRowsAndTheSize() {
    StringBuilder many = new StringBuilder("username,name_th\n");
    for (int i = 0; i <= LearnerCsv.MAX_ROWS; i++) {
      many.append("user").append(i).append(",ชื่อ\n");
    }
    assertThat(read(many.toString()).refused().get().key()).isEqualTo("import.file.tooManyRows");
    assertThat(LearnerCsv.read(new byte[LearnerCsv.MAX_BYTES + 1]).refused().get().key())
        .isEqualTo("import.file.tooLarge");
  }
}
