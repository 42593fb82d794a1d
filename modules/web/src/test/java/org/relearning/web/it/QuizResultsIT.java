package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.quiz.AwaitingGrade;
import org.relearning.quiz.BankService;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.stats.QuestionStatistics;
import org.relearning.quiz.stats.QuestionStats;
import org.relearning.quiz.type.EssayType;
import org.relearning.web.author.QuizReports;

/**
 * Grading by hand, the results of a quiz (statistics and spreadsheet) and the question bank API,
 * inside the real server: services called as different people, the API and the download over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class QuizResultsIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private BankService banks;
  @Inject private LearningService learning;
  @Inject private QuizReports reports;

  /** The call that runs this test: it tells where the server listens. */
  @Inject private HttpServletRequest running;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /** A published course of a fresh instructor: a text lesson and a quiz lesson. */
  private record Fixture(
      Caller instructor,
      String password,
      long library,
      long courseId,
      long textLessonId,
      long quizId) {}

  private Fixture fixture() {
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    String password = "pw-" + suffix;
    Account teacher =
        accounts.create(
            "tq-" + UUID.randomUUID().toString().substring(0, 8),
            password,
            "ครูผลสอบ",
            "Results Teacher",
            Role.INSTRUCTOR,
            library);
    Caller instructor = Caller.of(teacher);
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "ผลสอบขนมไทย " + suffix, null);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson text = courses.addLesson(section.getId(), "อ่านก่อน");
          courses.saveLessonText(text.getId(), "<p>ขนมชั้นมีเก้าชั้น</p>");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบผล " + suffix, 60);
          Lesson quizLesson = courses.addLesson(section.getId(), "แบบทดสอบ");
          courses.placeQuiz(quizLesson.getId(), quiz.getId());
          return new Fixture(
              instructor, password, library, course.getId(), text.getId(), quiz.getId());
        });
  }

  private Caller learner(long library, String nameTh, String nameEn) {
    String username = "lq-" + UUID.randomUUID().toString().substring(0, 8);
    return Caller.of(
        accounts.create(username, "pw-" + suffix, nameTh, nameEn, Role.LEARNER, library));
  }

  @Test
  void anEssayWaitsForTheInstructorWhoseGradeCompletesTheCourseAndOthersAreRefused()
      throws Exception {
    Fixture f = fixture();
    long[] right = new long[1];
    callers.as(
        f.instructor(),
        () -> {
          Question q =
              quizzes.addSingleChoice(f.quizId(), "ขนมชั้นมีกี่ชั้น", List.of("7", "9"), 1);
          right[0] = q.getChoices().stream().filter(Choice::isCorrect).findFirst().get().getId();
          quizzes.importQuestions(
              f.quizId(),
              List.of(
                  new ImportedQuestion(EssayType.ID, "", "เล่าวิธีทำขนมชั้น", 2, List.of(), "")));
          courses.publish(f.courseId());
          return null;
        });
    Caller learner = learner(f.library(), "สมศรี ใจดี", "Somsri Jaidee");
    String essay = "ผสมแป้งกับกะทิ\nนึ่งทีละชั้น <b>เก้าชั้น</b>";
    Attempt submitted =
        callers.as(
            learner,
            () -> {
              learning.enrol(f.courseId());
              learning.completeLesson(f.courseId(), f.textLessonId());
              Attempt a = quizzes.start(f.quizId());
              for (LearnerQuestion q : quizzes.paper(a.getId())) {
                quizzes.saveAnswer(
                    a.getId(),
                    q.id(),
                    EssayType.ID.equals(q.type()) ? essay : String.valueOf(right[0]));
              }
              return quizzes.submit(a.getId());
            });
    assertTrue(submitted.isAwaitingGrading(), "the essay waits for a person");
    assertNull(submitted.getScorePercent());
    assertFalse(callers.as(learner, () -> learning.myProgress(f.courseId()).completed()));

    List<AwaitingGrade> waiting =
        callers.as(f.instructor(), () -> quizzes.awaitingGrades(f.courseId()));
    assertEquals(1, waiting.size());
    AwaitingGrade answer = waiting.get(0);
    assertEquals(essay, answer.response(), "line breaks and markup kept as written");
    assertEquals(2, answer.points());
    assertEquals(submitted.getId(), answer.attemptId());

    callers.as(
        learner,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> quizzes.gradeByHand(answer.answerId(), 2, "ให้คะแนนตัวเอง")));
    String other = UUID.randomUUID().toString().substring(0, 6);
    long otherLibrary =
        libraries.create("Q" + other, "ห้องสมุด " + other, "Library " + other, "น่าน").getId();
    Caller stranger =
        Caller.of(
            accounts.create(
                "tx-" + other,
                "pw-" + other,
                "ครูต่างที่",
                "Far Teacher",
                Role.INSTRUCTOR,
                otherLibrary));
    callers.as(
        stranger,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> quizzes.gradeByHand(answer.answerId(), 2, "ไม่ใช่วิชาของฉัน")));
    callers.as(
        stranger,
        () ->
            assertThrows(AccessDeniedException.class, () -> quizzes.awaitingGrades(f.courseId())));
    assertFalse(
        callers.as(f.instructor(), () -> quizzes.awaitingGrades(f.courseId())).isEmpty(),
        "refused grades change nothing");

    callers.as(
        f.instructor(),
        () -> {
          quizzes.gradeByHand(answer.answerId(), 1.5, "ขาดขั้นตอนการตัด");
          return null;
        });
    Attempt graded = callers.as(learner, () -> quizzes.myAttempt(submitted.getId()));
    assertEquals(83, graded.getScorePercent(), "1 + 1.5 of 3 points");
    assertTrue(graded.getPassed());
    assertTrue(
        callers.as(learner, () -> learning.myProgress(f.courseId()).completed()),
        "the graded attempt completes the course");
    assertTrue(callers.as(f.instructor(), () -> quizzes.awaitingGrades(f.courseId())).isEmpty());
    assertEquals(
        "ขาดขั้นตอนการตัด",
        callers.as(learner, () -> quizzes.review(submitted.getId())).stream()
            .filter(r -> r.graderComment() != null && !r.graderComment().isBlank())
            .findFirst()
            .orElseThrow()
            .graderComment());
  }

  @Test
  void statisticsOfAKnownSetOfAttemptsAndTheSpreadsheetDownload() throws Exception {
    Fixture f = fixture();
    long[][] choices = new long[2][2];
    callers.as(
        f.instructor(),
        () -> {
          Question first =
              quizzes.addSingleChoice(
                  f.quizId(), "ไข่แดงใช้ทำอะไร", List.of("ทองหยิบ", "ขนมชั้น"), 0);
          Question second =
              quizzes.addSingleChoice(f.quizId(), "ใบเตยให้อะไร", List.of("สีเขียว", "สีแดง"), 0);
          choices[0][0] = first.getChoices().get(0).getId();
          choices[0][1] = first.getChoices().get(1).getId();
          choices[1][0] = second.getChoices().get(0).getId();
          choices[1][1] = second.getChoices().get(1).getId();
          courses.publish(f.courseId());
          return null;
        });
    // right on both; right then wrong; wrong on both
    int[][] picks = {{0, 0}, {0, 1}, {1, 1}};
    String[] names = {"กนกพร ศรีสุข", "ขวัญใจ มั่นคง", "=HYPERLINK(\"x\")"};
    for (int i = 0; i < picks.length; i++) {
      Caller learner = learner(f.library(), names[i], "Learner " + i);
      int[] pick = picks[i];
      callers.as(
          learner,
          () -> {
            learning.enrol(f.courseId());
            Attempt a = quizzes.start(f.quizId());
            List<LearnerQuestion> paper = quizzes.paper(a.getId());
            for (LearnerQuestion q : paper) {
              int question = q.text().startsWith("ไข่แดง") ? 0 : 1;
              quizzes.saveAnswer(
                  a.getId(), q.id(), String.valueOf(choices[question][pick[question]]));
            }
            return quizzes.submit(a.getId());
          });
    }

    QuizReports.Report report =
        callers.as(
            f.instructor(),
            () -> reports.report(f.quizId(), java.util.Locale.forLanguageTag("th")));
    assertEquals(3, report.attempts().size());
    List<QuestionStats> stats = QuestionStatistics.of(report.attempts());
    assertEquals(2, stats.size());
    QuestionStats first =
        stats.stream().filter(s -> s.questionName().startsWith("ไข่แดง")).findFirst().orElseThrow();
    QuestionStats second =
        stats.stream().filter(s -> s.questionName().startsWith("ใบเตย")).findFirst().orElseThrow();
    // first: points 1,1,0; rest 1,0,0. second: points 1,0,0; rest 1,1,0. Both r = (1/3)/(2/3).
    assertEquals(3, first.attempts());
    assertEquals(200.0 / 3, first.facilityIndex(), 1e-9);
    assertEquals(50.0, first.discriminationIndex(), 1e-9);
    assertEquals(100.0 / 3, second.facilityIndex(), 1e-9);
    assertEquals(50.0, second.discriminationIndex(), 1e-9);
    assertEquals(
        Map.of(String.valueOf(choices[0][0]), 2, String.valueOf(choices[0][1]), 1),
        first.optionCounts());
    assertEquals(
        Map.of(String.valueOf(choices[1][0]), 1, String.valueOf(choices[1][1]), 2),
        second.optionCounts());
    assertEquals(
        "ทองหยิบ", report.options().get(first.questionId()).get(String.valueOf(choices[0][0])));
    assertEquals(
        "สีแดง", report.options().get(second.questionId()).get(String.valueOf(choices[1][1])));

    HttpResponse<byte[]> csv =
        http.send(
            authorized("author/results.csv?lang=th&quiz=" + f.quizId(), teacher(f)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().map().toString());
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("quiz-" + f.quizId() + "-attempts.csv"));
    byte[] body = csv.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "a BOM");
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertEquals(4, lines.length, String.join("\n", lines));
    assertTrue(lines[0].startsWith("ผู้เรียน,ครั้งที่,เริ่มทำ,ส่งเมื่อ,คะแนน (%),ผ่าน,"), lines[0]);
    assertTrue(lines[0].contains("ไข่แดงใช้ทำอะไร"), lines[0]);
    String all = String.join("\n", lines);
    assertTrue(all.contains("กนกพร ศรีสุข,1,"), all);
    assertTrue(all.contains("ขวัญใจ มั่นคง,1,"), all);
    assertTrue(all.contains("\"'=HYPERLINK(\"\"x\"\")\""), "formulas neutralised: " + all);

    Caller stranger = learner(f.library(), "คนอื่น", "Someone");
    assertEquals(
        403,
        http.send(
                authorized(
                        "author/results.csv?quiz=" + f.quizId(),
                        stranger.username() + ":pw-" + suffix)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode(),
        "a learner may not download results");
  }

  @Test
  void questionBanksOverTheApiImportExportAndRefuse() throws Exception {
    Fixture f = fixture();
    long[] ids =
        callers.as(
            f.instructor(),
            () -> {
              QuestionBank bank = banks.courseBank(f.courseId());
              long first =
                  banks.categories(bank.getId()).stream()
                      .mapToLong(Category::getId)
                      .min()
                      .orElseThrow();
              Category gift = banks.addCategory(bank.getId(), "จาก GIFT");
              Category xml = banks.addCategory(bank.getId(), "จาก XML");
              Category source = banks.addCategory(bank.getId(), "ต้นฉบับ");
              return new long[] {bank.getId(), first, gift.getId(), xml.getId(), source.getId()};
            });
    long bank = ids[0];
    String teacher = teacher(f);

    JsonArray list = json(get("api/v1/question-banks", teacher).body()).asJsonArray();
    JsonObject mine =
        list.stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getJsonNumber("id").longValue() == bank)
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.toString()));
    assertEquals(f.courseId(), mine.getJsonNumber("course").longValue());
    assertEquals(f.library(), mine.getJsonNumber("library").longValue());
    assertEquals(
        callers.as(
            f.instructor(),
            () ->
                banks.categories(bank).stream().map(c -> c.getId().longValue()).sorted().toList()),
        mine.getJsonArray("categories").stream()
            .map(c -> c.asJsonObject().getJsonNumber("id").longValue())
            .sorted()
            .toList(),
        mine.toString());
    assertTrue(mine.toString().contains("\"ต้นฉบับ\""), mine.toString());

    String gift =
        String.join(
            "\n",
            "::ไข่:: ทองหยิบใช้ไข่ส่วนไหน {=ไข่แดง ~ไข่ขาว}",
            "",
            "::เลข:: ขนมชั้นมีกี่ชั้น {#9}",
            "",
            "::พัง:: ข้อนี้ไม่มีคำตอบถูก {~ก ~ข}",
            "",
            "::จริงเท็จ:: ลอดช่องทำจากแป้ง {T}",
            "");
    HttpResponse<String> imported =
        post(
            "api/v1/question-banks/" + bank + "/import?format=gift&lang=th&category=" + ids[4],
            teacher,
            gift.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject result = json(imported.body()).asJsonObject();
    assertEquals(3, result.getInt("imported"), imported.body());
    JsonArray skipped = result.getJsonArray("skipped");
    assertEquals(1, skipped.size(), imported.body());
    assertEquals(5, skipped.getJsonObject(0).getInt("line"), imported.body());
    assertEquals("import.gift.noCorrectAnswer", skipped.getJsonObject(0).getString("reasonKey"));
    assertFalse(skipped.getJsonObject(0).getString("reason").isBlank());
    assertFalse(skipped.getJsonObject(0).getString("reason").startsWith("import."), "translated");

    HttpResponse<String> noCategory =
        post(
            "api/v1/question-banks/" + bank + "/import?format=aiken",
            teacher,
            "ขนมชั้นมีกี่ชั้น\nA. 7\nB. 9\nANSWER: B\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, noCategory.statusCode(), noCategory.body());
    assertEquals(1, json(noCategory.body()).asJsonObject().getInt("imported"));
    assertEquals(
        1,
        callers.as(f.instructor(), () -> banks.questions(ids[1])).size(),
        "into the bank's first category");

    HttpResponse<String> source =
        get("api/v1/question-banks/" + bank + "/export?format=gift&category=" + ids[4], teacher);
    assertEquals(200, source.statusCode(), source.body());
    assertTrue(source.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(source.headers().firstValue("Content-Disposition").orElse("").contains("filename="));
    assertTrue(source.body().contains("ทองหยิบใช้ไข่ส่วนไหน"), source.body());
    assertEquals(
        3,
        json(post(
                    "api/v1/question-banks/" + bank + "/import?format=gift&category=" + ids[2],
                    teacher,
                    source.body().getBytes(StandardCharsets.UTF_8))
                .body())
            .asJsonObject()
            .getInt("imported"));
    HttpResponse<String> xml =
        get(
            "api/v1/question-banks/" + bank + "/export?format=moodlexml&category=" + ids[4],
            teacher);
    assertEquals(200, xml.statusCode(), xml.body());
    assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    assertEquals(
        3,
        json(post(
                    "api/v1/question-banks/" + bank + "/import?format=moodlexml&category=" + ids[3],
                    teacher,
                    xml.body().getBytes(StandardCharsets.UTF_8))
                .body())
            .asJsonObject()
            .getInt("imported"));
    for (long copy : new long[] {ids[2], ids[3]}) {
      assertEquals(
          questions(source.body()),
          questions(
              get("api/v1/question-banks/" + bank + "/export?format=gift&category=" + copy, teacher)
                  .body()),
          "the round trip gives the same questions");
    }

    HttpResponse<String> unknown =
        post(
            "api/v1/question-banks/" + bank + "/import?format=docx&lang=en",
            teacher,
            gift.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("Unknown format"), unknown.body());
    assertEquals(
        400, get("api/v1/question-banks/" + bank + "/export?format=aiken", teacher).statusCode());

    HttpResponse<String> doctype =
        post(
            "api/v1/question-banks/" + bank + "/import?format=moodlexml&lang=en",
            teacher,
            ("<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<quiz><question type=\"truefalse\"><name><text>&e;</text></name></question>"
                    + "</quiz>")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(200, doctype.statusCode(), doctype.body());
    JsonObject refused = json(doctype.body()).asJsonObject();
    assertEquals(0, refused.getInt("imported"));
    JsonObject why = refused.getJsonArray("skipped").getJsonObject(0);
    assertEquals("import.xml.doctype", why.getString("reasonKey"));
    assertTrue(why.getString("reason").contains("DOCTYPE"), why.toString());
    assertFalse(doctype.body().contains("root:"), "nothing of the file system leaks");

    byte[] huge = new byte[2 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) 'a');
    HttpResponse<String> tooLarge =
        post("api/v1/question-banks/" + bank + "/import?format=gift&lang=en", teacher, huge);
    assertEquals(413, tooLarge.statusCode());
    assertTrue(tooLarge.body().contains("\"message\""), tooLarge.body());

    // a bank of another instructor's course, and one that does not exist
    Fixture stranger = fixture();
    long foreign =
        callers.as(stranger.instructor(), () -> banks.courseBank(stranger.courseId()).getId());
    assertEquals(
        404, get("api/v1/question-banks/" + foreign + "/export?format=gift", teacher).statusCode());
    assertEquals(
        404,
        post(
                "api/v1/question-banks/" + foreign + "/import?format=gift",
                teacher,
                gift.getBytes(StandardCharsets.UTF_8))
            .statusCode());
    long foreignCategory =
        callers.as(stranger.instructor(), () -> banks.categories(foreign).get(0).getId());
    assertEquals(
        0,
        callers.as(stranger.instructor(), () -> banks.questions(foreignCategory)).size(),
        "nothing was imported into the forged bank");
    assertEquals(
        404,
        get("api/v1/question-banks/" + Long.MAX_VALUE + "/export?format=gift", teacher)
            .statusCode());
    assertEquals(
        404,
        get(
                "api/v1/question-banks/" + bank + "/export?format=gift&category=" + foreignCategory,
                teacher)
            .statusCode(),
        "a category outside the bank");
    HttpResponse<String> openapi =
        http.send(
            authorized("../openapi", teacher).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("question-banks/{id}/import"), "documented");
    assertTrue(openapi.body().contains("question-banks/{id}/export"), "documented");

    Caller learner = learner(f.library(), "ผู้เรียน", "Learner");
    assertEquals(
        403, get("api/v1/question-banks", learner.username() + ":pw-" + suffix).statusCode());
  }

  /** The questions of a GIFT file, one block each, in no particular order. */
  private static Set<String> questions(String gift) {
    Set<String> blocks = new TreeSet<>();
    for (String block : gift.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!block.isBlank()) {
        blocks.add(block.strip());
      }
    }
    assertEquals(3, blocks.size(), gift);
    return blocks;
  }

  private String teacher(Fixture f) {
    return f.instructor().username() + ":" + f.password();
  }

  private static JsonValue json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }

  private HttpResponse<String> get(String path, String basic) throws Exception {
    return http.send(
        authorized(path, basic).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String basic, byte[] body) throws Exception {
    return http.send(
        authorized(path, basic)
            .header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder authorized(String path, String basic) {
    URI base =
        URI.create("http://localhost:" + running.getLocalPort() + running.getContextPath() + "/");
    return HttpRequest.newBuilder(base.resolve(path))
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
  }
}
