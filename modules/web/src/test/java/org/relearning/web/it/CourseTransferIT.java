package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.quiz.AwaitingGrade;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizJson;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;

/**
 * A course with a quiz leaves the server as a zip over the API and comes back as a new draft with
 * its own quiz: same outline, same block order, same questions and answers, and learners can pass
 * it once published. Authored in the server, then moved over HTTP as the demo instructor.
 */
@ExtendWith(ArquillianExtension.class)
class CourseTransferIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  private static final String DEMO_PASSWORD =
      System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");
  private static final String INSTRUCTOR = "instructor:" + DEMO_PASSWORD;
  private static final String QUIZ_FILE = "quizzes/1.json";

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private LearningService learning;

  /** The call that runs this test: it tells where the server listens, to reach its API. */
  @Inject private HttpServletRequest running;

  private final HttpClient http = HttpClient.newHttpClient();

  private record Fixture(Caller instructor, long library, long courseId, long quizId) {}

  /**
   * A course of the demo instructor: a text lesson, a lesson with the quiz before its text, and a
   * second section; the quiz has one question of each of eight types.
   */
  private Fixture fixture() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor = Caller.of(accounts.findByUsername("instructor").orElseThrow());
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "ขนมไทยส่งต่อ " + suffix, "ทดลองส่งออก");
          Section first = courses.addSection(course.getId(), "บทที่ 1");
          Lesson text = courses.addLesson(first.getId(), "วัตถุดิบ");
          courses.saveLessonText(text.getId(), "<p>แป้งท้าวยายม่อม กะทิ ใบเตย</p>");
          Lesson quizLesson = courses.addLesson(first.getId(), "ทดสอบความเข้าใจ");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบขนมไทย", 60);
          courses.placeQuiz(quizLesson.getId(), quiz.getId());
          courses.saveLessonText(quizLesson.getId(), "<p>ทำแบบทดสอบก่อนอ่านสรุป</p>");
          Section second = courses.addSection(course.getId(), "บทที่ 2");
          Lesson more = courses.addLesson(second.getId(), "การตั้งราคา");
          courses.saveLessonText(more.getId(), "<p>ต้นทุนบวกกำไร</p>");
          quizzes.addSingleChoice(quiz.getId(), "ขนมชั้นมีกี่ชั้น", List.of("7", "9", "11"), 1);
          quizzes.addTrueFalse(quiz.getId(), "ลอดช่องทำจากแป้งข้าวเจ้า", true);
          quizzes.importQuestions(quiz.getId(), moreQuestions());
          quizzes.importQuestions(
              quiz.getId(),
              List.of(
                  new ImportedQuestion(
                      SingleChoiceType.ID,
                      "ใบเตย",
                      "ขนมชั้นสีเขียวได้จากอะไร",
                      2,
                      List.of(
                          new ImportedChoice("ใบเตย", true, "ใช่ ใบเตยให้ทั้งสีและกลิ่น"),
                          new ImportedChoice("ดอกอัญชัน", false, "อัญชันให้สีน้ำเงิน")),
                      "สีธรรมชาติจากพืช")));
          quizzes.updateSettings(
              quiz.getId(),
              new QuizSettings(
                  "แบบทดสอบขนมไทย",
                  60,
                  false,
                  true,
                  3,
                  false,
                  20,
                  null,
                  null,
                  3,
                  GradingMethod.AVERAGE,
                  EnumSet.of(ReviewItem.RESPONSES, ReviewItem.MARKS),
                  EnumSet.allOf(ReviewItem.class)));
          return new Fixture(instructor, library, course.getId(), quiz.getId());
        });
  }

  private static List<ImportedQuestion> moreQuestions() {
    return List.of(
        question(
            MultipleResponseType.ID,
            "ข้อใดใช้ไข่แดง",
            choice("ทองหยิบ", true),
            choice("ขนมชั้น", false),
            choice("ฝอยทอง", true)),
        question(ShortAnswerType.ID, "ขนมเก้าชั้นชื่ออะไร", choice("ขนมชั้น", true)),
        question(NumericType.ID, "ใช้น้ำตาลกี่ถ้วย", choice("3.5|0.25", true)),
        question(
            MatchingType.ID,
            "จับคู่ขนมกับวัตถุดิบ",
            choice("ทองหยิบ=>ไข่แดง", true),
            choice("ขนมชั้น=>แป้งท้าวยายม่อม", true),
            choice("=>ถั่วเขียว", true)),
        question(
            OrderingType.ID,
            "เรียงขั้นตอน",
            choice("ผสมแป้ง", false),
            choice("นึ่งทีละชั้น", false),
            choice("ตัดเป็นชิ้น", false)),
        question(EssayType.ID, "เล่าวิธีทำให้สวย"));
  }

  private static ImportedQuestion question(String type, String text, ImportedChoice... choices) {
    return new ImportedQuestion(type, "", text, 1, List.of(choices), "");
  }

  private static ImportedChoice choice(String text, boolean correct) {
    return new ImportedChoice(text, correct);
  }

  @Test
  void aCourseWithAQuizExportsAndImportsOverHttpExactly() throws Exception {
    Fixture f = fixture();
    byte[] zip = export(f);
    assertTrue(entries(zip).containsKey(QUIZ_FILE), entries(zip).keySet().toString());

    HttpResponse<String> imported = post("api/v1/courses/import?library=" + f.library(), zip);
    assertEquals(200, imported.statusCode(), imported.body());
    assertTrue(imported.body().contains("\"problems\":[]"), imported.body());
    Matcher id = Pattern.compile("\"courseId\":(\\d+)").matcher(imported.body());
    assertTrue(id.find(), imported.body());
    long copyId = Long.parseLong(id.group(1));
    assertNotEquals(f.courseId(), copyId);

    long copyQuizId =
        callers.as(
            f.instructor(),
            () -> {
              Course original = courses.getForEditing(f.courseId());
              Course copy = courses.getForEditing(copyId);
              assertEquals(original.getLibraryId(), copy.getLibraryId());
              assertEquals(outline(original), outline(copy), "same outline and block order");
              List<Long> quizBlocks = quizRefs(copy);
              assertEquals(1, quizBlocks.size());
              long quizId = quizBlocks.get(0);
              assertNotEquals(f.quizId(), quizId, "a new quiz");
              assertEquals(copyId, quizzes.findQuiz(quizId).orElseThrow().getCourseId());
              assertEquals(f.courseId(), quizzes.findQuiz(f.quizId()).orElseThrow().getCourseId());
              PortableQuiz before = quizzes.exportQuestions(f.quizId());
              assertEquals(9, before.questions().size());
              assertEquals(GradingMethod.AVERAGE, before.settings().gradingMethod());
              assertEquals(before, quizzes.exportQuestions(quizId), "same questions and answers");
              courses.publish(copyId);
              return quizId;
            });

    Map<Long, String> right = callers.as(f.instructor(), () -> rightResponses(copyQuizId));
    Caller learner = newLearner(f.library());
    Attempt graded =
        callers.as(
            learner,
            () -> {
              learning.enrol(copyId);
              Attempt attempt = quizzes.start(copyQuizId);
              right.forEach(
                  (question, response) -> quizzes.saveAnswer(attempt.getId(), question, response));
              return quizzes.submit(attempt.getId());
            });
    assertTrue(graded.isAwaitingGrading(), "the essay waits for a person");
    assertNull(graded.getScorePercent(), "no score before the essay is graded");
    List<AwaitingGrade> waiting = callers.as(f.instructor(), () -> quizzes.awaitingGrades(copyId));
    assertEquals(1, waiting.size());
    assertEquals("ตั้งใจนึ่งทีละชั้น", waiting.get(0).response());
    callers.as(
        f.instructor(),
        () -> {
          quizzes.gradeByHand(waiting.get(0).answerId(), 0, "เล่าสั้นไป");
          return null;
        });
    Attempt released = callers.as(learner, () -> quizzes.myAttempt(graded.getId()));
    assertEquals(90, released.getScorePercent(), "9 of 10 points: the essay earned nothing");
    assertTrue(released.getPassed());
    assertTrue(
        callers.as(f.instructor(), () -> quizzes.awaitingGrades(copyId)).isEmpty(),
        "graded answers leave the queue");
  }

  @Test
  void aBrokenQuizFileRefusesTheImportNamingFileAndQuestion() throws Exception {
    Fixture f = fixture();
    byte[] zip = export(f);
    PortableQuiz exported = callers.as(f.instructor(), () -> quizzes.exportQuestions(f.quizId()));
    List<ImportedQuestion> questions = new ArrayList<>(exported.questions());
    ImportedQuestion third = questions.get(2);
    questions.set(
        2,
        new ImportedQuestion(
            third.type(),
            "",
            third.text(),
            third.points(),
            third.choices().stream().map(c -> choice(c.text(), false)).toList(),
            ""));
    byte[] noCorrect =
        QuizJson.write(new PortableQuiz(exported.title(), exported.passMark(), questions));
    String importPath = "api/v1/courses/import?library=" + f.library();
    int coursesBefore = callers.as(f.instructor(), () -> courses.authoredByCaller().size());

    HttpResponse<String> refused = post(importPath, replaced(zip, QUIZ_FILE, noCorrect));
    assertEquals(400, refused.statusCode(), refused.body());
    String body = refused.body().replace("\\/", "/");
    assertTrue(body.contains("\"where\":\"quizzes/1.json question 3\""), body);
    assertTrue(body.contains("question.problem.noCorrect"), body);

    HttpResponse<String> notJson =
        post(
            importPath,
            replaced(zip, QUIZ_FILE, "{\"questions\": [".getBytes(StandardCharsets.UTF_8)));
    assertEquals(400, notJson.statusCode(), notJson.body());
    assertTrue(notJson.body().replace("\\/", "/").contains("quizzes/1.json line"), notJson.body());
    assertTrue(notJson.body().contains("import.quiz.badJson"), notJson.body());
    assertEquals(
        coursesBefore,
        callers.as(f.instructor(), () -> courses.authoredByCaller().size()),
        "nothing is created from a refused archive");

    HttpResponse<String> withoutQuiz = post(importPath, replaced(zip, QUIZ_FILE, null));
    assertEquals(200, withoutQuiz.statusCode(), withoutQuiz.body());
    assertTrue(withoutQuiz.body().contains("import.course.missingQuiz"), withoutQuiz.body());
    assertTrue(withoutQuiz.body().contains("import.course.quizNotCopied"), withoutQuiz.body());
  }

  @Test
  void anotherLibraryAdoptsThePublishedVersionWithQuizzesOfItsOwn() throws Exception {
    Fixture f = fixture();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long lampang =
        libraries
            .create("L" + suffix, "ห้องสมุดลำปาง " + suffix, "Lampang " + suffix, "ลำปาง")
            .getId();
    long phrae =
        libraries.create("P" + suffix, "ห้องสมุดแพร่ " + suffix, "Phrae " + suffix, "แพร่").getId();
    Account librarian =
        accounts.create(
            "ad-" + suffix,
            "pw-" + suffix,
            "บรรณารักษ์ ลำปาง",
            "Lampang Librarian",
            Role.LIBRARY_ADMIN,
            lampang);
    String asLibrarian = librarian.getUsername() + ":pw-" + suffix;
    Caller learner = newLearner(lampang);
    String adopt = "api/v1/courses/" + f.courseId() + "/adopt?library=";

    assertEquals(
        404, post(adopt + lampang, asLibrarian).statusCode(), "a draft is in no catalog to adopt");
    List<String> published =
        callers.as(
            f.instructor(),
            () -> {
              courses.publish(f.courseId());
              Course original = courses.getForEditing(f.courseId());
              List<String> asPublished = outline(original);
              Lesson first = original.lessons().get(0);
              courses.saveLessonText(first.getId(), "<p>ร่างที่ยังไม่เผยแพร่</p>");
              courses.renameLesson(first.getId(), "ชื่อบทเรียนที่ยังไม่เผยแพร่");
              return asPublished;
            });

    HttpResponse<String> adopted = post(adopt + lampang, asLibrarian);
    assertEquals(200, adopted.statusCode(), adopted.body());
    assertTrue(adopted.body().contains("\"problems\":[]"), adopted.body());
    Matcher id = Pattern.compile("\"courseId\":(\\d+)").matcher(adopted.body());
    assertTrue(id.find(), adopted.body());
    long copyId = Long.parseLong(id.group(1));

    PortableQuiz questions = callers.as(f.instructor(), () -> quizzes.exportQuestions(f.quizId()));
    callers.as(
        Caller.of(librarian),
        () -> {
          Course copy = courses.getForEditing(copyId);
          assertEquals(lampang, copy.getLibraryId(), "the copy is the adopting library's");
          assertEquals(librarian.getId(), copy.getOwnerId());
          assertFalse(copy.isPublished(), "a draft the library reviews before publishing");
          assertEquals(published, outline(copy), "the published version, not the working copy");
          List<Long> quizBlocks = quizRefs(copy);
          assertEquals(1, quizBlocks.size());
          long quizId = quizBlocks.get(0);
          assertNotEquals(f.quizId(), quizId, "a quiz of its own");
          assertEquals(copyId, quizzes.findQuiz(quizId).orElseThrow().getCourseId());
          assertEquals(questions, quizzes.exportQuestions(quizId), "same questions and answers");
          AuditEntry adoptedFrom = courses.history(copyId).get(0);
          assertEquals("course.adopted", adoptedFrom.getAction());
          assertTrue(
              adoptedFrom.getDetail().contains("course:" + f.courseId()), adoptedFrom.getDetail());
          return null;
        });

    assertEquals(
        403, post(adopt + phrae, asLibrarian).statusCode(), "only into a library they run");
    assertEquals(
        403,
        post(adopt + lampang, learner.username() + ":pw-" + learner.username().substring(2))
            .statusCode(),
        "learners adopt nothing");
    assertEquals(
        400,
        post(adopt + f.library(), INSTRUCTOR).statusCode(),
        "a library's own course is duplicated, not adopted");
    callers.as(
        learner,
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> quizzes.exportForAdoption(f.quizId()),
              "the answers stay with authors and adopters");
          return null;
        });
  }

  private byte[] export(Fixture f) throws Exception {
    HttpResponse<byte[]> export =
        http.send(
            authorized("api/v1/courses/" + f.courseId() + "/export").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, export.statusCode());
    return export.body();
  }

  /** A POST without a body as {@code user:password}. */
  private HttpResponse<String> post(String path, String credentials) throws Exception {
    return http.send(
        as(path, credentials).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, byte[] zip) throws Exception {
    return http.send(
        authorized(path)
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder authorized(String path) {
    return as(path, INSTRUCTOR);
  }

  private HttpRequest.Builder as(String path, String credentials) {
    URI base =
        URI.create("http://localhost:" + running.getLocalPort() + running.getContextPath() + "/");
    return HttpRequest.newBuilder(base.resolve(path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private Caller newLearner(long library) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Account learner =
        accounts.create(
            "s-" + suffix, "pw-" + suffix, "นักเรียน ทดสอบ", "Test Student", Role.LEARNER, library);
    return Caller.of(learner);
  }

  /** Each question's response that earns full marks, as the learner's page would send it. */
  private Map<Long, String> rightResponses(long quizId) {
    Map<Long, String> responses = new LinkedHashMap<>();
    for (Question q : quizzes.getForEditing(quizId).getQuestions()) {
      List<Choice> choices = q.getChoices();
      String response =
          switch (q.getType()) {
            case MultipleResponseType.ID ->
                ids(choices.stream().filter(Choice::isCorrect).toList());
            case OrderingType.ID -> ids(choices);
            case ShortAnswerType.ID -> "ขนมชั้น";
            case NumericType.ID -> "3.6";
            case MatchingType.ID -> "0,1";
            case EssayType.ID -> "ตั้งใจนึ่งทีละชั้น";
            default -> ids(choices.stream().filter(Choice::isCorrect).toList());
          };
      responses.put(q.getId(), response);
    }
    return responses;
  }

  private static String ids(List<Choice> choices) {
    return choices.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(","));
  }

  /** Sections, lessons and their blocks by type (and text), in order. */
  private static List<String> outline(Course course) {
    List<String> lines = new ArrayList<>();
    for (Section s : course.getSections()) {
      lines.add(s.getTitle());
      for (Lesson l : s.getLessons()) {
        lines.add("  " + l.getTitle());
        for (ContentBlock b : l.getBlocks()) {
          lines.add("    " + b.getBlockType() + (b.getBody() == null ? "" : " " + b.getBody()));
        }
      }
    }
    return lines;
  }

  private static List<Long> quizRefs(Course course) {
    return course.lessons().stream()
        .flatMap(l -> l.getBlocks().stream())
        .map(ContentBlock::getRefId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /**
   * The zip with one entry's content replaced, or the entry left out when {@code bytes} is null.
   */
  private static byte[] replaced(byte[] zip, String name, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
        byte[] content = e.getKey().equals(name) ? bytes : e.getValue();
        if (content != null) {
          copy.putNextEntry(new ZipEntry(e.getKey()));
          copy.write(content);
          copy.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
