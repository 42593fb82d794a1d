package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.ShortAnswerType;

/**
 * The quiz-taking API over HTTP with Basic auth, as a learner's app uses it: the paper never shows
 * correct answers, parallel starts give one attempt, parallel submits grade once, and saves are
 * refused for someone else's attempt, after submitting and for a question not on the paper.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptApiIT {

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
  @Inject private LearningService learning;

  /** The call that runs this test: it tells where the server listens, to reach its API. */
  @Inject private HttpServletRequest running;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Where the API is, read on the test's own thread (the request is not there in workers). */
  private URI base;

  private record Learner(String username, String password) {}

  private record Fixture(
      long quizId, long singleChoiceId, long rightChoiceId, String acceptedText) {}

  /** A published course of the demo instructor with a quiz: one single choice, one short answer. */
  private Fixture fixture() {
    base =
        URI.create("http://localhost:" + running.getLocalPort() + running.getContextPath() + "/");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String accepted = "ขนมชั้นเก้าชั้น-" + suffix;
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor = Caller.of(accounts.findByUsername("instructor").orElseThrow());
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "สอบผ่าน API " + suffix, "ทดสอบ API การสอบ");
          Section section = courses.addSection(course.getId(), "สอบ");
          Lesson exam = courses.addLesson(section.getId(), "แบบทดสอบ");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบ API " + suffix, 50);
          courses.placeQuiz(exam.getId(), quiz.getId());
          Question single =
              quizzes.addSingleChoice(quiz.getId(), "ขนมชั้นมีกี่ชั้น", List.of("7", "9", "11"), 1);
          quizzes.importQuestions(
              quiz.getId(),
              List.of(
                  new ImportedQuestion(
                      ShortAnswerType.ID,
                      "",
                      "ขนมที่มีเก้าชั้นชื่ออะไร",
                      1,
                      List.of(new ImportedChoice(accepted, true)),
                      "")));
          courses.publish(course.getId());
          long right =
              single.getChoices().stream()
                  .filter(Choice::isCorrect)
                  .findFirst()
                  .orElseThrow()
                  .getId();
          return new Fixture(quiz.getId(), single.getId(), right, accepted);
        });
  }

  /** A new learner enrolled in the fixture's course. */
  private Learner learner(Fixture f) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + suffix + "-Quiz";
    Account a =
        accounts.create(
            "api-" + suffix,
            password,
            "ผู้เรียน API",
            "API Learner",
            Role.LEARNER,
            libraries.findByCode("UTT").orElseThrow().getId());
    long courseId = quizzes.findQuiz(f.quizId()).orElseThrow().getCourseId();
    callers.as(Caller.of(a), () -> learning.enrol(courseId));
    return new Learner(a.getUsername(), password);
  }

  @Test
  void theStartedPaperShowsNoCorrectAnswer() throws Exception {
    Fixture f = fixture();
    Learner l = learner(f);

    HttpResponse<String> started = start(l, f);
    assertEquals(201, started.statusCode(), started.body());
    assertFalse(started.body().contains("correct"), started.body());
    assertFalse(started.body().contains(f.acceptedText()), started.body());
    JsonObject sitting = object(started.body());
    JsonArray questions = sitting.getJsonArray("questions");
    assertEquals(2, questions.size(), started.body());
    assertEquals("IN_PROGRESS", sitting.getString("status"));
    assertEquals(1, sitting.getInt("page"));
    assertTrue(sitting.getJsonObject("responses").isEmpty(), started.body());

    HttpResponse<String> resumed = start(l, f);
    assertEquals(200, resumed.statusCode(), resumed.body());
    assertEquals(sitting.getJsonNumber("attempt"), object(resumed.body()).getJsonNumber("attempt"));
  }

  @Test
  void twentyParallelStartsGiveOneAttempt() throws Exception {
    Fixture f = fixture();
    Learner l = learner(f);

    List<HttpResponse<String>> answers = parallel(20, () -> start(l, f));

    Set<Long> ids = new HashSet<>();
    for (HttpResponse<String> r : answers) {
      assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
      ids.add(object(r.body()).getJsonNumber("attempt").longValue());
    }
    assertEquals(1, ids.size(), ids.toString());
    HttpResponse<String> mine = send(l, get("api/v1/quizzes/" + f.quizId() + "/attempts"));
    assertEquals(200, mine.statusCode(), mine.body());
    JsonArray attempts = array(mine.body());
    assertEquals(1, attempts.size(), mine.body());
    assertEquals(
        ids.iterator().next().longValue(),
        attempts.getJsonObject(0).getJsonNumber("attempt").longValue());
  }

  @Test
  void twentyParallelSubmitsGradeOnce() throws Exception {
    Fixture f = fixture();
    Learner l = learner(f);
    long attempt = object(start(l, f).body()).getJsonNumber("attempt").longValue();
    HttpResponse<String> saved =
        send(l, save(attempt, f.singleChoiceId(), "{\"response\":\"" + f.rightChoiceId() + "\"}"));
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(object(saved.body()).getBoolean("saved"), saved.body());
    assertNotNull(object(saved.body()).getString("savedAt"));

    List<HttpResponse<String>> answers =
        parallel(
            20,
            () ->
                send(
                    l,
                    request("api/v1/attempts/" + attempt + "/submit")
                        .POST(HttpRequest.BodyPublishers.noBody())));

    Set<String> results = new HashSet<>();
    for (HttpResponse<String> r : answers) {
      assertEquals(200, r.statusCode(), r.body());
      JsonObject o = object(r.body());
      results.add(o.getString("status") + " " + o.getInt("score") + " " + o.getBoolean("passed"));
    }
    assertEquals(Set.of("SUBMITTED 50 true"), results);
    HttpResponse<String> status = send(l, get("api/v1/attempts/" + attempt));
    JsonObject s = object(status.body());
    assertEquals("SUBMITTED", s.getString("status"), status.body());
    assertEquals(50, s.getInt("score"));
    assertNotNull(s.getString("submittedAt"));
    JsonArray attempts = array(send(l, get("api/v1/quizzes/" + f.quizId() + "/attempts")).body());
    assertEquals(1, attempts.size());
    assertEquals("SUBMITTED", attempts.getJsonObject(0).getString("status"));
    assertEquals(50, attempts.getJsonObject(0).getInt("score"));

    // once the quiz's review hides marks, the API keeps the score to itself too
    Set<ReviewItem> responsesOnly = EnumSet.of(ReviewItem.RESPONSES);
    callers.as(
        Caller.of(accounts.findByUsername("instructor").orElseThrow()),
        () ->
            quizzes.updateSettings(
                f.quizId(),
                quizzes
                    .getForEditing(f.quizId())
                    .settings()
                    .withReview(responsesOnly, responsesOnly)));
    JsonObject hidden = object(send(l, get("api/v1/attempts/" + attempt)).body());
    assertTrue(!hidden.containsKey("score") || hidden.isNull("score"), hidden.toString());
    assertTrue(hidden.getBoolean("passed"), "passing is not hidden: completion tells it anyway");
    JsonObject listed =
        array(send(l, get("api/v1/quizzes/" + f.quizId() + "/attempts")).body()).getJsonObject(0);
    assertTrue(!listed.containsKey("score") || listed.isNull("score"), listed.toString());
  }

  @Test
  void savesAreRefusedWhereTheyDoNotBelong() throws Exception {
    Fixture f = fixture();
    Learner owner = learner(f);
    Learner other = learner(f);
    long attempt = object(start(owner, f).body()).getJsonNumber("attempt").longValue();

    HttpResponse<String> intruder =
        send(other, save(attempt, f.singleChoiceId(), "{\"response\":\"1\"}"));
    assertEquals(404, intruder.statusCode(), intruder.body());
    HttpResponse<String> peek = send(other, get("api/v1/attempts/" + attempt));
    assertEquals(404, peek.statusCode(), peek.body());

    HttpResponse<String> notOnPaper =
        send(owner, save(attempt, Long.MAX_VALUE - 7, "{\"response\":\"1\"}"));
    assertEquals(404, notOnPaper.statusCode(), notOnPaper.body());

    HttpResponse<String> plain =
        send(
            owner,
            request("api/v1/attempts/" + attempt + "/answers/" + f.singleChoiceId())
                .header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(String.valueOf(f.rightChoiceId()))));
    assertEquals(200, plain.statusCode(), plain.body());
    JsonObject paper = object(send(owner, get("api/v1/attempts/" + attempt + "/paper")).body());
    assertEquals(
        String.valueOf(f.rightChoiceId()),
        paper.getJsonObject("responses").getString(String.valueOf(f.singleChoiceId())));

    assertEquals(
        200,
        send(
                owner,
                request("api/v1/attempts/" + attempt + "/submit")
                    .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode());
    HttpResponse<String> late =
        send(
            owner,
            save(attempt, f.singleChoiceId(), "{\"response\":\"" + f.rightChoiceId() + "\"}"));
    assertEquals(409, late.statusCode(), late.body());
    JsonObject refusal = object(late.body());
    assertEquals("attempt.alreadySubmitted", refusal.getString("error"));
    assertEquals("This attempt has already been submitted.", refusal.getString("message"));
  }

  // ---- HTTP

  private HttpResponse<String> start(Learner l, Fixture f) throws Exception {
    return send(
        l,
        request("api/v1/quizzes/" + f.quizId() + "/attempts")
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder save(long attempt, long question, String json) {
    return request("api/v1/attempts/" + attempt + "/answers/" + question)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Accept", "application/json")
        .header("Accept-Language", "en");
  }

  private HttpResponse<String> send(Learner l, HttpRequest.Builder request) throws Exception {
    String basic = l.username() + ":" + l.password();
    return http.send(
        request
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Runs the call n times at once, released together. */
  private static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  return call.call();
                }));
      }
      gate.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonObject object(String json) {
    return (JsonObject) read(json);
  }

  private static JsonArray array(String json) {
    return (JsonArray) read(json);
  }

  private static JsonStructure read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue v = reader.readValue();
      return (JsonStructure) v;
    }
  }
}
