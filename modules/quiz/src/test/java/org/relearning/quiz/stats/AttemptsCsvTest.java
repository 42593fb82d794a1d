package org.relearning.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptsCsvTest {

  private static final List<String> HEADER =
      List.of("ผู้เรียน", "ครั้งที่", "เริ่ม", "ส่ง", "คะแนน %", "ผ่าน");

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private static final AttemptsCsv CSV = new AttemptsCsv(HEADER, "ผ่าน", "ไม่ผ่าน", "-", BANGKOK);

  private static final Instant STARTED = Instant.parse("2026-03-02T02:15:30.500Z");
  private static final Instant SUBMITTED = Instant.parse("2026-03-02T02:40:05Z");

  private static SlotRecord capital(Double fraction) {
    return new SlotRecord(1, "ข้อ 1, เมืองหลวง", 1, fraction, List.of());
  }

  private static SlotRecord formula(Double fraction) {
    return new SlotRecord(2, "=SUM(A1:A9)", 2, fraction, List.of());
  }

  private static SlotRecord essay(Double fraction) {
    return new SlotRecord(3, "เรียงความ \"ขนม\"", 3, fraction, List.of());
  }

  private static AttemptRecord attempt(
      String learner, int no, Integer score, Boolean passed, SlotRecord... slots) {
    return new AttemptRecord(
        no, 7, learner, no, STARTED, SUBMITTED, score, passed, Arrays.asList(slots));
  }

  private static final List<AttemptRecord> ATTEMPTS =
      List.of(
          // points: 1 × 1 = 1; .5 × 2 = 1; .1 × 3 = 0.30000000000000004 -> 0.3
          attempt("ใจดี, สมหญิง", 1, 75, true, capital(1.0), formula(0.5), essay(0.1)),
          // the formula question was not drawn; the essay waits for a grader
          attempt("สมชาย \"ชาย\" ใจดี", 2, null, null, capital(0.0), essay(null)),
          // points: 1/3 × 2 = 0.666... -> 0.67; 2/3 × 2 = 1.333... -> 1.33; 1 × 3 = 3
          attempt(
              "นิดา\nบรรทัดสอง",
              1,
              67,
              false,
              new SlotRecord(1, "ข้อ 1, เมืองหลวง", 2, 1.0 / 3, List.of()),
              formula(2.0 / 3),
              essay(1.0)));

  private static String text(AttemptsCsv csv, List<AttemptRecord> attempts) throws IOException {
    StringWriter out = new StringWriter();
    csv.write(attempts, out);
    return out.toString();
  }

  @Test
  void quotesAndEscapesAsRfc4180Wants() throws IOException {
    // 09:15:30.5 and 09:40:05 in Bangkok (UTC+7) are 02:15:30.5 and 02:40:05 UTC; to the second
    String times = "2026-03-02T09:15:30+07:00,2026-03-02T09:40:05+07:00";
    assertThat(text(CSV, ATTEMPTS))
        .isEqualTo(
            "ผู้เรียน,ครั้งที่,เริ่ม,ส่ง,คะแนน %,ผ่าน,\"ข้อ 1, เมืองหลวง\",'=SUM(A1:A9),"
                + "\"เรียงความ \"\"ขนม\"\"\"\r\n"
                + "\"ใจดี, สมหญิง\",1,"
                + times
                + ",75,ผ่าน,1,1,0.3\r\n"
                + "\"สมชาย \"\"ชาย\"\" ใจดี\",2,"
                + times
                + ",,,0,,-\r\n"
                + "\"นิดา\nบรรทัดสอง\",1,"
                + times
                + ",67,ไม่ผ่าน,0.67,1.33,3\r\n");
  }

  @Test
  void everyRecordEndsWithCrlfAndNoBareLineBreakOutsideQuotes() throws IOException {
    String text = text(CSV, ATTEMPTS);

    // 4 records; the only LF not part of a CRLF is the one inside the quoted name
    assertThat(text.split("\r\n", -1)).hasSize(5).endsWith("");
    assertThat(text.replace("\r\n", "")).containsOnlyOnce("\n").doesNotContain("\r");
  }

  @Test
  void timesFollowTheCallersZone() throws IOException {
    AttemptsCsv utc = new AttemptsCsv(HEADER, "y", "n", "-", ZoneOffset.UTC);
    AttemptRecord unknownStart =
        new AttemptRecord(1, 1, "a", 1, null, SUBMITTED, 50, true, List.of());

    assertThat(text(utc, List.of(unknownStart))).endsWith("\r\na,1,,2026-03-02T02:40:05Z,50,y\r\n");
  }

  @Test
  void bytesStartWithTheByteOrderMarkAndAreUtf8() {
    byte[] bytes = CSV.toUtf8WithBom(ATTEMPTS);

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String rest = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(rest).startsWith("ผู้เรียน,").contains("\"ใจดี, สมหญิง\"");
    // "ผ" is U+0E1C, E0 B8 9C in UTF-8
    assertThat(Arrays.copyOfRange(bytes, 3, 6)).containsExactly(0xE0, 0xB8, 0x9C);
  }

  @Test
  void streamAndBytesHoldTheSameAndTheWriterGetsNoMark() throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    CSV.writeUtf8WithBom(ATTEMPTS, stream);

    assertThat(stream.toByteArray()).isEqualTo(CSV.toUtf8WithBom(ATTEMPTS));
    assertThat(new String(stream.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(AttemptsCsv.BOM + text(CSV, ATTEMPTS));
    assertThat(text(CSV, ATTEMPTS)).doesNotContain(String.valueOf(AttemptsCsv.BOM));
  }

  @Test
  void namesThatLookLikeFormulasGetAnApostrophe() throws IOException {
    List<AttemptRecord> attempts =
        List.of(
            attempt("=HYPERLINK(\"http://evil.example\",\"คลิก\")", 1, 10, false, capital(0.0)),
            attempt("+66 81 234 5678", 2, 10, false),
            attempt("-2+3", 3, 10, false),
            attempt("@SUM(A1)", 4, 10, false),
            attempt("\tแท็บ", 5, 10, false),
            attempt("\rขึ้นบรรทัด", 6, 10, false),
            attempt("สม=ชาย", 7, 10, false));

    String[] lines = text(CSV, attempts).split("\r\n");

    assertThat(lines[1]).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"คลิก\"\")\",1,");
    assertThat(lines[2]).startsWith("'+66 81 234 5678,2,");
    assertThat(lines[3]).startsWith("'-2+3,3,");
    assertThat(lines[4]).startsWith("'@SUM(A1),4,");
    assertThat(lines[5]).startsWith("'\tแท็บ,5,");
    // a CR must be quoted; split on CRLF leaves "\"'" then the CR and the rest of the name
    assertThat(lines[6]).startsWith("\"'\rขึ้นบรรทัด\",6,");
    // only the first character matters
    assertThat(lines[7]).startsWith("สม=ชาย,7,");
  }

  @Test
  void neutralisingLooksAtTheFirstCharacterOnly() {
    assertThat(AttemptsCsv.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(AttemptsCsv.neutralise("+1")).isEqualTo("'+1");
    assertThat(AttemptsCsv.neutralise("-1")).isEqualTo("'-1");
    assertThat(AttemptsCsv.neutralise("@A1")).isEqualTo("'@A1");
    assertThat(AttemptsCsv.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(AttemptsCsv.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(AttemptsCsv.neutralise("1+1")).isEqualTo("1+1");
    assertThat(AttemptsCsv.neutralise(" =1")).isEqualTo(" =1");
    assertThat(AttemptsCsv.neutralise("")).isEqualTo("");
  }

  @Test
  void theCallersLabelsAndMarkerAreWrittenAsGiven() throws IOException {
    AttemptsCsv csv =
        new AttemptsCsv(
            List.of("a", "b", "c", "d", "e", "f"), "+ok", "-no", "- รอตรวจ -", ZoneOffset.UTC);
    List<AttemptRecord> attempts =
        List.of(attempt("x", 1, 100, true, essay(null)), attempt("y", 2, 0, false, essay(0.0)));

    String[] lines = text(csv, attempts).split("\r\n");

    assertThat(lines[1]).endsWith(",100,+ok,- รอตรวจ -");
    assertThat(lines[2]).endsWith(",0,-no,0");
  }

  @Test
  void aQuestionWithoutANameIsHeadedByItsId() throws IOException {
    AttemptRecord attempt = attempt("x", 1, 100, true, new SlotRecord(42, " ", 1, 1.0, List.of()));

    assertThat(text(CSV, List.of(attempt)).split("\r\n")[0]).endsWith(",ผ่าน,42");
  }

  @Test
  void noAttemptsGiveTheHeaderOnly() throws IOException {
    assertThat(text(CSV, List.of())).isEqualTo("ผู้เรียน,ครั้งที่,เริ่ม,ส่ง,คะแนน %,ผ่าน\r\n");
  }

  @Test
  void pointsHaveAtMostTwoDecimals() {
    assertThat(AttemptsCsv.points(0)).isEqualTo("0");
    assertThat(AttemptsCsv.points(0.001)).isEqualTo("0");
    assertThat(AttemptsCsv.points(2)).isEqualTo("2");
    assertThat(AttemptsCsv.points(10)).isEqualTo("10");
    assertThat(AttemptsCsv.points(100)).isEqualTo("100");
    assertThat(AttemptsCsv.points(0.5)).isEqualTo("0.5");
    assertThat(AttemptsCsv.points(0.1 * 3)).isEqualTo("0.3");
    assertThat(AttemptsCsv.points(2.675)).isEqualTo("2.68");
    assertThat(AttemptsCsv.points(2.0 / 3)).isEqualTo("0.67");
    assertThat(AttemptsCsv.points(1234.5)).isEqualTo("1234.5");
  }

  @Test
  void quotingOnlyWhenNeeded() {
    assertThat(AttemptsCsv.quote("สมชาย ใจดี")).isEqualTo("สมชาย ใจดี");
    assertThat(AttemptsCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(AttemptsCsv.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(AttemptsCsv.quote("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(AttemptsCsv.quote("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(AttemptsCsv.quote("")).isEqualTo("");
  }

  @Test
  void theHeaderNeedsSixLabels() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AttemptsCsv(List.of("a", "b"), "y", "n", "-", BANGKOK));
  }
}
