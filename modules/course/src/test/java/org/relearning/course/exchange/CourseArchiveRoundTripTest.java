package org.relearning.course.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.relearning.course.Course;
import org.relearning.course.content.Lesson;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;

class CourseArchiveRoundTripTest {

  private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

  private final CourseArchiveWriter writer = new CourseArchiveWriter();
  private final CourseArchiveReader reader = new CourseArchiveReader();

  private static CourseArchive khanomCourse() {
    return new CourseArchive(
        1,
        "ขนมไทยสี่ภาค",
        "เรียนทำขนมชั้น ข้าวเหนียวมะม่วง และขนมครก",
        "th",
        List.of(
            new SectionData(
                "เริ่มต้น",
                List.of(
                    new LessonData(
                        "วัตถุดิบที่ต้องใช้",
                        List.of(
                            new BlockData(
                                "rich-text",
                                "<p>น้ำตาลปี๊บ แป้งท้าวยายม่อม <strong>กะทิ</strong> ใบเตย"
                                    + " ไข่ไก่ ก๋วยเตี๋ยว</p>"
                                    + "<p><img src=\"media/ขนม%20ชั้น.png\" alt=\"ขนมชั้น\" /></p>",
                                null),
                            new BlockData("quiz", null, "quiz:42"))),
                    new LessonData("ลองทำดู", List.of()))),
            new SectionData("บททดสอบ", List.of())),
        List.of(new MediaFile("media/ขนม ชั้น.png", PICTURE)));
  }

  @Test
  void aCourseReadsBackExactlyAsWritten() {
    ImportResult result = reader.read(writer.write(khanomCourse()));

    assertThat(result.problems()).isEmpty();
    assertThat(result.refused()).isFalse();
    assertThat(result.archive()).isEqualTo(khanomCourse());
  }

  @Test
  void theSameCourseExportsToTheSameBytes() {
    assertThat(writer.write(khanomCourse())).isEqualTo(writer.write(khanomCourse()));
  }

  @Test
  void theManifestComesFirstAndKeepsThaiReadable() throws IOException {
    List<String> names = new ArrayList<>();
    String manifest = null;
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(writer.write(khanomCourse())))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        // an extra field would carry a timestamp that depends on the server's time zone
        assertThat(e.getExtra()).isNull();
        if (e.getName().equals("manifest.json")) {
          manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }

    assertThat(names).containsExactly("manifest.json", "media/ขนม ชั้น.png");
    assertThat(manifest)
        .contains("\"format\": \"relearn-course\"")
        .contains("\"formatVersion\": 1")
        .contains("ขนมไทยสี่ภาค")
        .contains("\"quizRef\": \"quiz:42\"")
        .doesNotContain("\\u0e")
        .doesNotContain("\r");
  }

  @Test
  void aCourseEntityBecomesItsArchive() {
    Course course = new Course(7L, 100L, "ขนมไทย", null, Instant.EPOCH);
    Lesson lesson = course.addSection("เริ่มต้น").addLesson("วัตถุดิบ");
    lesson.addBlock("rich-text", "<p>กะทิ</p>", null);
    lesson.addBlock("quiz", null, 42L);
    course.addSection("ท้ายบท");

    CourseArchive archive = CourseArchives.fromCourse(course);

    assertThat(archive)
        .isEqualTo(
            new CourseArchive(
                1,
                "ขนมไทย",
                null,
                "th",
                List.of(
                    new SectionData(
                        "เริ่มต้น",
                        List.of(
                            new LessonData(
                                "วัตถุดิบ",
                                List.of(
                                    new BlockData("rich-text", "<p>กะทิ</p>", null),
                                    new BlockData("quiz", null, "quiz:42"))))),
                    new SectionData("ท้ายบท", List.of())),
                List.of()));
    assertThat(reader.read(writer.write(archive)).archive()).isEqualTo(archive);
  }

  @Test
  void quizReferencesGiveBackTheirId() {
    assertThat(CourseArchives.quizId(CourseArchives.quizRef(42))).contains(42L);
    assertThat(CourseArchives.quizId("quiz:x")).isEmpty();
    assertThat(CourseArchives.quizId("poll:3")).isEmpty();
    assertThat(CourseArchives.quizId(null)).isEmpty();
  }
}
