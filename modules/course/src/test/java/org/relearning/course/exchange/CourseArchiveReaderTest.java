package org.relearning.course.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.relearning.course.exchange.TestZips.manifest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relearning.course.exchange.CourseArchiveReader.Limits;

class CourseArchiveReaderTest {

  private static final String TEXT_BLOCK = "{\"type\": \"rich-text\", \"body\": \"<p>กะทิ</p>\"}";

  private final CourseArchiveReader reader = new CourseArchiveReader();

  private static Problem onlyProblem(ImportResult result) {
    assertThat(result.refused()).isTrue();
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil",
        "media/../../evil",
        "/etc/passwd",
        "a\\..\\b",
        "C:/Windows/x",
        "c:evil"
      })
  void namesThatClimbOutOfTheFolderAreRefused(String name) {
    byte[] zip = TestZips.with("manifest.json", manifest(1, TEXT_BLOCK)).and(name, "x").bytes();

    Problem problem = onlyProblem(reader.read(zip));

    assertThat(problem.reasonKey()).isEqualTo("import.course.zipSlip");
    assertThat(problem.where()).isEqualTo(name);
  }

  @Test
  void namesWithDotsThatStayInsideAreFine() {
    byte[] zip =
        TestZips.with("manifest.json", manifest(1, TEXT_BLOCK))
            .and("media/photo..v2.png", "x")
            .bytes();

    assertThat(reader.read(zip).refused()).isFalse();
  }

  @Test
  void aZipBombIsStoppedByItsRatioWithoutInflatingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest(1, TEXT_BLOCK).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("media/zeros.bin"));
      byte[] zeros = new byte[64 * 1024];
      for (int i = 0; i < 60 * 16; i++) {
        zip.write(zeros);
      }
    }
    assertThat(out.size()).isLessThan(200 * 1024);

    Problem problem = onlyProblem(reader.read(out.toByteArray()));

    assertThat(problem.reasonKey()).isEqualTo("import.course.ratio");
    assertThat(problem.where()).isEqualTo("media/zeros.bin");
  }

  @Test
  void anEntryLargerThanTheLimitIsRefusedByItsRealSize() {
    byte[] noise = new byte[5000];
    new Random(1).nextBytes(noise);
    byte[] zip =
        TestZips.with("manifest.json", manifest(1, TEXT_BLOCK)).and("media/n", noise).bytes();
    CourseArchiveReader small =
        new CourseArchiveReader(new Limits(10, 4096, 1 << 20, 1 << 20, 100));

    Problem problem = onlyProblem(small.read(zip));

    assertThat(problem.reasonKey()).isEqualTo("import.course.tooLarge");
    assertThat(problem.where()).isEqualTo("media/n");
  }

  @Test
  void anArchiveLargerThanTheLimitIsRefused() {
    byte[] noise = new byte[3000];
    new Random(2).nextBytes(noise);
    byte[] zip =
        TestZips.with("manifest.json", manifest(1, TEXT_BLOCK))
            .and("media/a", noise)
            .and("media/b", noise)
            .bytes();
    CourseArchiveReader small = new CourseArchiveReader(new Limits(10, 4096, 6000, 1 << 20, 100));

    Problem problem = onlyProblem(small.read(zip));

    assertThat(problem.reasonKey()).isEqualTo("import.course.tooLarge");
    assertThat(problem.where()).isEqualTo("archive");
  }

  @Test
  void moreThanAThousandEntriesAreRefused() {
    TestZips zips = TestZips.with("manifest.json", manifest(1, TEXT_BLOCK));
    for (int i = 0; i < 1000; i++) {
      zips.and("media/" + i, "x");
    }

    assertThat(onlyProblem(reader.read(zips.bytes())).reasonKey())
        .isEqualTo("import.course.tooManyEntries");
  }

  @Test
  void anArchiveWithoutManifestIsRefused() {
    assertThat(onlyProblem(reader.read(TestZips.with("media/a", "x").bytes())).reasonKey())
        .isEqualTo("import.course.noManifest");
    assertThat(onlyProblem(reader.read("not a zip".getBytes())).reasonKey())
        .isEqualTo("import.course.noManifest");
  }

  @Test
  void badJsonIsReportedWithItsLine() {
    String broken = "{\n  \"format\": \"relearn-course\",\n  \"formatVersion\" 1\n}";

    Problem problem = onlyProblem(reader.read(TestZips.with("manifest.json", broken).bytes()));

    assertThat(problem.reasonKey()).isEqualTo("import.course.badJson");
    assertThat(problem.where()).startsWith("manifest.json line 3, column");
  }

  @Test
  void anEmptyManifestIsBadJson() {
    assertThat(onlyProblem(reader.read(TestZips.with("manifest.json", "").bytes())).reasonKey())
        .isEqualTo("import.course.badJson");
  }

  @Test
  void aManifestThatIsNotUtf8IsBadJson() {
    byte[] latin1 =
        manifest(1, TEXT_BLOCK)
            .replace("ขนมไทย", "caf\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(
            onlyProblem(reader.read(new TestZips().and("manifest.json", latin1).bytes()))
                .reasonKey())
        .isEqualTo("import.course.badJson");
  }

  @Test
  void aNewerVersionIsRefused() {
    Problem problem =
        onlyProblem(
            reader.read(
                TestZips.with(
                        "manifest.json", manifest(CourseArchive.FORMAT_VERSION + 1, TEXT_BLOCK))
                    .bytes()));

    assertThat(problem.reasonKey()).isEqualTo("import.course.unknownVersion");
    assertThat(problem.detail()).contains(String.valueOf(CourseArchive.FORMAT_VERSION + 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1.5", "1e999999999", "\"1\"", "null"})
  void versionsThatAreNotOneAreRefused(String version) {
    String json =
        manifest(1, TEXT_BLOCK).replace("\"formatVersion\": 1", "\"formatVersion\": " + version);

    assertThat(onlyProblem(reader.read(TestZips.with("manifest.json", json).bytes())).reasonKey())
        .isEqualTo("import.course.unknownVersion");
  }

  @Test
  void anotherFormatIsRefused() {
    String other = manifest(1, TEXT_BLOCK).replace("relearn-course", "moodle-backup");

    assertThat(onlyProblem(reader.read(TestZips.with("manifest.json", other).bytes())).reasonKey())
        .isEqualTo("import.course.unknownFormat");
  }

  @Test
  void anUnknownBlockTypeIsSkippedAndReportedWhereItWas() {
    String json =
        """
        {"format": "relearn-course", "formatVersion": 1,
         "course": {"title": "ขนมไทย", "sections": [
           {"title": "หนึ่ง", "lessons": []},
           {"title": "สอง", "lessons": [
             {"title": "ก", "blocks": []},
             {"title": "ข", "blocks": []},
             {"title": "ค", "blocks": [
               {"type": "hologram", "body": "?"},
               {"type": "rich-text", "body": "<p>ต่อ</p>"}]}]}]}}
        """;

    ImportResult result = reader.read(TestZips.with("manifest.json", json).bytes());

    assertThat(result.refused()).isFalse();
    assertThat(result.problems())
        .containsExactly(
            new Problem(
                "section 2 › lesson 3 › block 1", "import.course.unknownBlockType", "hologram"));
    assertThat(result.archive().sections().get(1).lessons().get(2).blocks())
        .containsExactly(new CourseArchive.BlockData("rich-text", "<p>ต่อ</p>", null));
  }

  @Test
  void scriptsInImportedTextAreRemoved() {
    String block =
        "{\"type\": \"rich-text\", \"body\": \"<p onclick='steal()'>สวัสดี</p>"
            + "<script>alert(1)</script><a href='javascript:alert(2)'>ลิงก์</a>\"}";

    ImportResult result = reader.read(TestZips.with("manifest.json", manifest(1, block)).bytes());

    String body = result.archive().sections().get(0).lessons().get(0).blocks().get(0).body();
    assertThat(body)
        .contains("สวัสดี", "ลิงก์")
        .doesNotContain("script", "alert", "onclick", "javascript");
  }

  @Test
  void missingMediaIsReportedButTheCourseStillImports() {
    String block = "{\"type\": \"rich-text\", \"body\": \"<p><img src='media/gone.png' /></p>\"}";
    String json =
        manifest(1, block)
            .replaceFirst("\\}\\s*$", ", \"media\": [{\"path\": \"media/also-gone.png\"}]}");

    ImportResult result = reader.read(TestZips.with("manifest.json", json).bytes());

    assertThat(result.refused()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::reasonKey, Problem::detail)
        .containsExactlyInAnyOrder(
            tuple("import.course.missingMedia", "media/gone.png"),
            tuple("import.course.missingMedia", "media/also-gone.png"));
  }

  @Test
  void aMissingTitleRefusesTheImport() {
    String json = manifest(1, TEXT_BLOCK).replace("\"title\": \"วัตถุดิบ\", ", "");

    Problem problem = onlyProblem(reader.read(TestZips.with("manifest.json", json).bytes()));

    assertThat(problem)
        .isEqualTo(
            new Problem("section 1 › lesson 1", "import.course.invalidField", "title missing"));
  }
}
