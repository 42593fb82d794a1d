package org.relearning.course.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.LessonOrder;
import org.relearning.course.content.Lesson;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;

class CourseArchiveRoundTripTest {

  private static final byte[] PICTURE = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3
  };
  private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 1};
  private static final byte[] CLIP = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0};
  private static final byte[] WORKSHEET = "%PDF-1.7\n%ใบงาน\n".getBytes(StandardCharsets.UTF_8);
  private static final String EMBED = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

  private final CourseArchiveWriter writer = new CourseArchiveWriter();
  private final CourseArchiveReader reader = new CourseArchiveReader();

  private static CourseArchive khanomCourse() {
    return new CourseArchive(
        CourseArchive.FORMAT_VERSION,
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
                    new LessonData(
                        "ลองทำดู",
                        List.of(
                            new BlockData("image", "ขนมครกในเตา", null, "media/3-ขนมครก.jpg"),
                            new BlockData("video", null, null, "media/4-หยอดแป้ง.mp4"),
                            new BlockData("video", EMBED, null, null),
                            new BlockData("file", "ใบงาน", null, "media/5-ใบงาน.pdf"))))),
            new SectionData("บททดสอบ", List.of())),
        List.of(
            new MediaFile("media/3-ขนมครก.jpg", PHOTO),
            new MediaFile("media/4-หยอดแป้ง.mp4", CLIP),
            new MediaFile("media/5-ใบงาน.pdf", WORKSHEET),
            new MediaFile("media/ขนม ชั้น.png", PICTURE)),
        new CourseArchive.Details(
            CourseCategory.FOOD_DESSERTS,
            CourseLevel.INTERMEDIATE,
            new BigDecimal("7.5"),
            List.of("ขนมไทย", "dessert")));
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
  void quizFilesTravelWithTheCourseAndAreListedInTheManifest() throws IOException {
    byte[] quiz =
        "{\"format\": \"relearn-quiz\", \"title\": \"แบบทดสอบ\"}".getBytes(StandardCharsets.UTF_8);
    CourseArchive withQuiz =
        khanomCourse().withQuizzes(List.of(new QuizFile("quiz:42", "quizzes/1.json", quiz)));
    byte[] zip = writer.write(withQuiz);

    ImportResult result = reader.read(zip);

    assertThat(result.problems()).isEmpty();
    assertThat(result.archive()).isEqualTo(withQuiz);
    assertThat(result.archive().quizFile("quiz:42").orElseThrow().bytes()).isEqualTo(quiz);
    assertThat(writer.write(withQuiz)).isEqualTo(zip);
    List<String> names = new ArrayList<>();
    String manifest = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        if (e.getName().equals("manifest.json")) {
          manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names)
        .containsExactly(
            "manifest.json",
            "media/3-ขนมครก.jpg",
            "media/4-หยอดแป้ง.mp4",
            "media/5-ใบงาน.pdf",
            "media/ขนม ชั้น.png",
            "quizzes/1.json");
    assertThat(manifest)
        .contains("\"formatVersion\": 1")
        .contains("\"ref\": \"quiz:42\"")
        .contains("\"path\": \"quizzes/1.json\"");
    assertThat(new String(writer.write(khanomCourse()), StandardCharsets.ISO_8859_1))
        .as("a course without quizzes exports as before")
        .doesNotContain("quizzes");
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

    assertThat(names)
        .containsExactly(
            "manifest.json",
            "media/3-ขนมครก.jpg",
            "media/4-หยอดแป้ง.mp4",
            "media/5-ใบงาน.pdf",
            "media/ขนม ชั้น.png");
    assertThat(manifest)
        .contains("\"format\": \"relearn-course\"")
        .contains("\"formatVersion\": 1")
        .contains("\"mediaRef\": \"media/4-หยอดแป้ง.mp4\"")
        .contains("ขนมไทยสี่ภาค")
        .contains("\"quizRef\": \"quiz:42\"")
        .contains("\"category\": \"FOOD_DESSERTS\"")
        .contains("\"level\": \"INTERMEDIATE\"")
        .contains("\"estimatedHours\": 7.5")
        .contains("\"ขนมไทย\"")
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
                CourseArchive.FORMAT_VERSION,
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
  void theDetailsOfACourseTravelWithIt() {
    Course course = new Course(7L, 100L, "ผ้ามัดย้อม", "ย้อมผ้าด้วยสีธรรมชาติ", Instant.EPOCH);
    course.setCategory(CourseCategory.CRAFTS);
    course.setLevel(CourseLevel.ADVANCED);
    course.setEstimatedHours(new BigDecimal("12"));
    course.setTags(List.of(" ผ้าไทย ", "Tie-Dye"));
    course.setCoverMediaId(99L);
    course.setLessonOrder(LessonOrder.SEQUENTIAL);
    course.addSection("ย้อมสี").setOpensOn(LocalDate.of(2027, 1, 15));
    course.addSection("ตากผ้า");

    CourseArchive read = reader.read(writer.write(CourseArchives.fromCourse(course))).archive();

    assertThat(read.details())
        .isEqualTo(
            new CourseArchive.Details(
                CourseCategory.CRAFTS,
                CourseLevel.ADVANCED,
                new BigDecimal("12.0"),
                List.of("ผ้าไทย", "tie-dye"),
                LessonOrder.SEQUENTIAL,
                null,
                false));
    assertThat(read.sections())
        .extracting(CourseArchive.SectionData::opensOn)
        .containsExactly(LocalDate.of(2027, 1, 15), null);
  }

  @Test
  void anArchiveWithoutDetailsImportsWithTheDefaults() {
    ImportResult result =
        reader.read(
            TestZips.with("manifest.json", TestZips.manifest(1, "{\"type\": \"rich-text\"}"))
                .bytes());

    assertThat(result.refused()).isFalse();
    assertThat(result.problems()).isEmpty();
    assertThat(result.archive().details()).isEqualTo(CourseArchive.Details.NONE);
    assertThat(result.archive().details().category()).isEqualTo(CourseCategory.OTHER);
    assertThat(result.archive().details().level()).isEqualTo(CourseLevel.BEGINNER);
  }

  @Test
  void detailsThatDoNotFitAreReportedAndLeftAtTheirDefaults() {
    String manifest =
        TestZips.manifest(1, "")
            .replace(
                "\"language\": \"th\",",
                """
                "language": "th",
                "category": "SPACE_TRAVEL",
                "level": 3,
                "estimatedHours": 0.25,
                "tags": ["ok", "%s", 7, "OK"],
                """
                    .formatted("ก".repeat(41)));

    ImportResult result = reader.read(TestZips.with("manifest.json", manifest).bytes());

    assertThat(result.refused()).isFalse();
    assertThat(result.archive().details())
        .isEqualTo(
            new CourseArchive.Details(
                CourseCategory.OTHER, CourseLevel.BEGINNER, null, List.of("ok")));
    assertThat(result.problems())
        .extracting(Problem::where, Problem::reasonKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("course › category", "import.course.detailIgnored"),
            org.assertj.core.groups.Tuple.tuple("course › level", "import.course.detailIgnored"),
            org.assertj.core.groups.Tuple.tuple("course › estimatedHours", "course.hours.decimals"),
            org.assertj.core.groups.Tuple.tuple("course › tags", "course.tags.tooLong"),
            org.assertj.core.groups.Tuple.tuple("course › tags", "import.course.detailIgnored"));
  }

  @Test
  void mediaBlocksPointToTheirFilesInTheArchive() {
    Course course = new Course(7L, 100L, "ขนมครก", null, Instant.EPOCH);
    Lesson lesson = course.addSection("เริ่มต้น").addLesson("หยอดแป้ง");
    lesson.addBlock("image", "ขนมครกในเตา", 3L);
    lesson.addBlock("video", null, 4L);
    lesson.addBlock("video", EMBED, null);
    lesson.addBlock("file", "ใบงาน", 5L);
    lesson.addBlock("image", "ใช้รูปเดิมซ้ำ", 3L);
    Map<Long, MediaFile> stored =
        Map.of(
            3L, new MediaFile(CourseArchives.mediaPath(3, "ขนมครก.jpg"), PHOTO),
            4L, new MediaFile(CourseArchives.mediaPath(4, "หยอดแป้ง.mp4"), CLIP),
            5L, new MediaFile(CourseArchives.mediaPath(5, "ใบงาน.pdf"), WORKSHEET));

    CourseArchive archive =
        CourseArchives.fromCourse(course, id -> Optional.ofNullable(stored.get(id)));

    assertThat(archive.sections().get(0).lessons().get(0).blocks())
        .containsExactly(
            new BlockData("image", "ขนมครกในเตา", null, "media/3-ขนมครก.jpg"),
            new BlockData("video", null, null, "media/4-หยอดแป้ง.mp4"),
            new BlockData("video", EMBED, null, null),
            new BlockData("file", "ใบงาน", null, "media/5-ใบงาน.pdf"),
            new BlockData("image", "ใช้รูปเดิมซ้ำ", null, "media/3-ขนมครก.jpg"));
    assertThat(archive.media()).hasSize(3);
    ImportResult read = reader.read(writer.write(archive));
    assertThat(read.problems()).isEmpty();
    assertThat(read.archive()).isEqualTo(archive);
    assertThat(CourseArchives.fileName("media/4-หยอดแป้ง.mp4")).isEqualTo("หยอดแป้ง.mp4");
  }

  @Test
  void hostileMediaIsDroppedAndNamedInTheReport() {
    byte[] page =
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    CourseArchive archive =
        new CourseArchive(
            CourseArchive.FORMAT_VERSION,
            "ขนมครก",
            null,
            "th",
            List.of(
                new SectionData(
                    "เริ่มต้น",
                    List.of(
                        new LessonData(
                            "รูป",
                            List.of(
                                new BlockData("image", "ขนมครก", null, "media/1-khanom.png"),
                                new BlockData("image", "ขนมชั้น", null, "media/2-chan.png"),
                                new BlockData("file", "สคริปต์", null, "media/3-recipe.svg")))))),
            List.of(
                new MediaFile("media/1-khanom.png", page),
                new MediaFile("media/2-chan.png", PICTURE),
                new MediaFile("media/3-recipe.svg", PICTURE)));

    ImportResult result = reader.read(writer.write(archive));

    assertThat(result.refused()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::where, Problem::reasonKey)
        .contains(
            tuple("media/1-khanom.png", "import.course.hostileMedia"),
            tuple("media/3-recipe.svg", "import.course.hostileMedia"));
    assertThat(result.archive().media())
        .extracting(MediaFile::path)
        .containsExactly("media/2-chan.png");
    assertThat(result.archive().sections().get(0).lessons().get(0).blocks())
        .containsExactly(new BlockData("image", "ขนมชั้น", null, "media/2-chan.png"));
  }

  @Test
  void archivesOfTheFirstVersionStillImport() {
    String v1 = TestZips.manifest(1, "{\"type\": \"rich-text\", \"body\": \"<p>กะทิ</p>\"}");
    ImportResult result = reader.read(TestZips.with("manifest.json", v1).bytes());
    assertThat(result.refused()).isFalse();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void quizReferencesGiveBackTheirId() {
    assertThat(CourseArchives.quizId(CourseArchives.quizRef(42))).contains(42L);
    assertThat(CourseArchives.quizId("quiz:x")).isEmpty();
    assertThat(CourseArchives.quizId("poll:3")).isEmpty();
    assertThat(CourseArchives.quizId(null)).isEmpty();
  }
}
