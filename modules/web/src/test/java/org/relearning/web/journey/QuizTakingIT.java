package org.relearning.web.journey;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.relearning.quiz.BankService;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.question.Question;

/**
 * A learner takes a timed quiz of every common question type, two questions a page, in a phone
 * browser against the real server: answers saved one by one, a reload that resumes the same attempt
 * on the same page with every answer and the time still running, submission, score and review; and
 * no response the browser receives before the review holds a correct answer.
 *
 * <p>The first test runs inside the server and builds the course through the services; the second
 * drives the browser ({@link QuizTakingJourney}), which is skipped without Chromium on a
 * developer's machine and fails on CI. Both name the fixture after a token that travels inside the
 * deployment, so parallel or repeated runs on one database never meet.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuizTakingIT {

  static final String TOKEN_RESOURCE = "quiz-taking-it.token";
  static final String PASSWORD = "Quiz-Taking-9pw";

  /** Made once on the client; the server reads it from the deployment. */
  private static final String CLIENT_TOKEN = randomToken();

  static final String SINGLE = "ขนมชนิดใดนึ่งทีละชั้นจนครบเก้าชั้น";
  static final List<String> SINGLE_OPTIONS = List.of("ขนมชั้น", "ทองหยิบ", "ฝอยทอง");
  static final String MULTIPLE = "ข้อใดเป็นส่วนผสมของขนมชั้น (เลือกได้หลายข้อ)";
  static final List<String> MULTIPLE_RIGHT = List.of("แป้งมัน", "กะทิ");
  static final String MULTIPLE_WRONG = "ไข่เป็ด";
  static final String SHORT = "ของเหลวสีขาวที่คั้นจากเนื้อมะพร้าวเรียกว่าอะไร";
  static final String SHORT_TYPED = "กะทิ";
  static final String MATCHING = "จับคู่ขนมกับวัตถุดิบหลัก";
  static final List<List<String>> PAIRS =
      List.of(
          List.of("ทองหยิบ", "ไข่แดง"), List.of("ขนมชั้น", "แป้งมัน"), List.of("ขนมครก", "กะทิสด"));
  static final String DISTRACTOR = "น้ำตาลปี๊บ";
  static final String ORDERING = "เรียงขั้นตอนการทำขนมชั้น";
  static final List<String> STEPS =
      List.of(
          "ผสมแป้งกับกะทิ",
          "แบ่งส่วนผสมใส่น้ำใบเตย",
          "เทชั้นแรกแล้วนึ่ง",
          "เทชั้นต่อไปเมื่อชั้นก่อนสุก");
  static final String ESSAY = "เล่าวิธีเก็บกะทิสดให้ใช้ได้นาน";

  @Deployment
  static WebArchive application() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("relearn.war")));
    war.addAsResource(new StringAsset(CLIENT_TOKEN), TOKEN_RESOURCE);
    return war;
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private BankService banks;

  /** Inside the server: a published course with the quiz, its author and a learner. */
  @Test
  @Order(1)
  void courseWithEveryQuestionType() {
    String token = serverToken();
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Account teacher =
        accounts.create(
            "qt-teacher-" + token.toLowerCase(),
            PASSWORD,
            "ครูแบบทดสอบ " + token,
            "Quiz Teacher " + token,
            Role.INSTRUCTOR,
            library);
    accounts.create(
        learner(token), PASSWORD, "ผู้เรียน " + token, "Learner " + token, Role.LEARNER, library);
    callers.as(
        Caller.of(teacher),
        () -> {
          Course course = courses.create(library, courseTitle(token), "ขนมไทย " + token);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Quiz quiz = quizzes.create(course.getId(), quizTitle(token), 60);
          Lesson lesson = courses.addLesson(section.getId(), quizTitle(token));
          courses.placeQuiz(lesson.getId(), quiz.getId());
          quizzes.updateSettings(
              quiz.getId(),
              new QuizSettings(
                  quizTitle(token),
                  60,
                  false,
                  false,
                  2,
                  false,
                  10,
                  null,
                  null,
                  0,
                  GradingMethod.HIGHEST,
                  EnumSet.allOf(ReviewItem.class),
                  EnumSet.allOf(ReviewItem.class)));
          for (ImportedQuestion draft : questions(token)) {
            Question q = banks.addQuestion(quiz.getCategory().getId(), draft, "");
            quizzes.addFromBank(quiz.getId(), q.getId());
          }
          courses.publish(course.getId());
          return null;
        });
  }

  /** In the browser: the learner's whole attempt. */
  @Test
  @Order(2)
  @RunAsClient
  void learnerTakesTimedQuizAcrossReload(@ArquillianResource URL base) throws Exception {
    new QuizTakingJourney(base, CLIENT_TOKEN).run();
  }

  /**
   * The questions, in order. {@link #marker} is only in what must not reach the browser before the
   * review: the short answer's second accepted answer and every feedback.
   */
  static List<ImportedQuestion> questions(String token) {
    String marker = marker(token);
    return List.of(
        new ImportedQuestion(
            "single-choice",
            "",
            SINGLE,
            1,
            List.of(
                new ImportedChoice(SINGLE_OPTIONS.get(0), true, "ถูกแล้ว " + marker),
                new ImportedChoice(SINGLE_OPTIONS.get(1), false, "ยังไม่ใช่ " + marker),
                new ImportedChoice(SINGLE_OPTIONS.get(2), false, "ยังไม่ใช่ " + marker)),
            "ขนมชั้นมีเก้าชั้น " + marker),
        new ImportedQuestion(
            "multiple-response",
            "",
            MULTIPLE,
            1,
            List.of(
                new ImportedChoice(MULTIPLE_RIGHT.get(0), true, "ใช่ " + marker),
                new ImportedChoice(MULTIPLE_RIGHT.get(1), true, "ใช่ " + marker),
                new ImportedChoice(MULTIPLE_WRONG, false, "ไม่ใช่ " + marker)),
            ""),
        new ImportedQuestion(
            "short-answer",
            "",
            SHORT,
            1,
            List.of(new ImportedChoice(SHORT_TYPED, true), new ImportedChoice(marker, true)),
            ""),
        new ImportedQuestion(
            "matching",
            "",
            MATCHING,
            1,
            List.of(
                new ImportedChoice(PAIRS.get(0).get(0) + "=>" + PAIRS.get(0).get(1), false),
                new ImportedChoice(PAIRS.get(1).get(0) + "=>" + PAIRS.get(1).get(1), false),
                new ImportedChoice(PAIRS.get(2).get(0) + "=>" + PAIRS.get(2).get(1), false),
                new ImportedChoice("=>" + DISTRACTOR, false)),
            ""),
        new ImportedQuestion(
            "ordering",
            "",
            ORDERING,
            1,
            STEPS.stream().map(s -> new ImportedChoice(s, false)).toList(),
            ""),
        new ImportedQuestion("essay", "", ESSAY, 1, List.of(), "ตัวอย่างคำตอบ " + marker));
  }

  static String learner(String token) {
    return "qt-learner-" + token.toLowerCase();
  }

  static String courseTitle(String token) {
    return "ขนมชั้นครบชนิดคำถาม " + token;
  }

  static String quizTitle(String token) {
    return "แบบทดสอบจับเวลา " + token;
  }

  /** A word found nowhere but in correct answers and feedback. */
  static String marker(String token) {
    return "Zqleak" + token;
  }

  private static String serverToken() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(TOKEN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(TOKEN_RESOURCE + " is not in the deployment");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomToken() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
