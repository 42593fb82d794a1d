package org.relearning.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.relearning.course.CatalogFilter;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.version.PublishedLesson;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.QuizSettings;

/**
 * Exam-day fixture for load tests, only when {@code RELEARN_BENCH_LEARNERS} asks for it: a library
 * {@code BENCH}, a published course with a 10-question quiz (60 minutes) in its first lesson, and
 * learners {@code bench-0001} .. {@code bench-N} enrolled in it, all with the password in {@code
 * RELEARN_BENCH_PASSWORD} (or {@code RELEARN_DEMO_PASSWORD}), hashed once for all of them. Created
 * once; a later start with a larger N adds the missing learners. Created as the application starts,
 * or with {@code RELEARN_BENCH_FIXTURE=on-request} at the first {@code /bench/fixture} request (the
 * benchmark suite's cold start is then the application's own).
 */
@Singleton
@Startup
@DependsOn("DemoContent")
@TransactionManagement(TransactionManagementType.BEAN)
public class BenchContent {

  private static final Logger LOG = Logger.getLogger(BenchContent.class.getName());
  static final String LIBRARY_CODE = "BENCH";
  static final String AUTHOR = "bench-author";
  static final String COURSE_TITLE = "Exam day benchmark";
  static final int MAX_LEARNERS = 20_000;

  @EJB private LibraryService libraries;
  @EJB private AccountService accounts;
  @EJB private CourseService courses;
  @EJB private QuizService quizzes;
  @EJB private LearningService learning;
  @Inject private Callers callers;
  @Resource private UserTransaction tx;

  @PostConstruct
  void load() {
    String wanted = System.getenv("RELEARN_BENCH_LEARNERS");
    if (wanted == null || wanted.isBlank()) {
      return;
    }
    int count;
    try {
      count = Integer.parseInt(wanted.trim());
    } catch (NumberFormatException e) {
      LOG.warning("RELEARN_BENCH_LEARNERS is not a number: " + wanted);
      return;
    }
    String password = firstSet("RELEARN_BENCH_PASSWORD", "RELEARN_DEMO_PASSWORD");
    if (count < 1 || count > MAX_LEARNERS || password == null) {
      LOG.warning(
          "Bench fixture skipped: needs 1.."
              + MAX_LEARNERS
              + " learners and RELEARN_BENCH_PASSWORD or RELEARN_DEMO_PASSWORD");
      return;
    }
    if ("on-request".equals(System.getenv("RELEARN_BENCH_FIXTURE"))) {
      // the benchmark suite measures the cold start without the fixture in it, then asks for it
      pending = new Pending(count, password);
      LOG.info("Bench fixture: created at the first request to /bench/fixture");
      return;
    }
    create(count, password);
  }

  /** What {@link #load} was asked for, kept until the first {@link #describe} creates it. */
  private record Pending(int count, String password) {}

  private Pending pending;

  private void create(int count, String password) {
    long started = System.nanoTime();
    try {
      Library library =
          libraries
              .findByCode(LIBRARY_CODE)
              .orElseGet(
                  () ->
                      libraries.create(
                          LIBRARY_CODE,
                          "ห้องสมุดทดสอบวันสอบ",
                          "Exam Day Test Library",
                          "อุตรดิตถ์"));
      Account author =
          accounts
              .findByUsername(AUTHOR)
              .orElseGet(
                  () ->
                      accounts.create(
                          AUTHOR,
                          password,
                          "ผู้สอน ทดสอบ",
                          "Bench Author",
                          Role.INSTRUCTOR,
                          library.getId()));
      long courseId = callers.as(Caller.of(author), () -> course(library));
      long quizId = quizzes.ofCourse(courseId).get(0).getId();
      int added = learners(count, password, library.getId(), courseId);
      ids.put("library", library.getId());
      ids.put("examCourse", courseId);
      ids.put("quiz", quizId);
      ids.put("learners", (long) count);
      moreCourses(count, library, author);
      String line =
          String.format(
              Locale.ROOT,
              "Bench fixture ready: course %d, quiz %d, %d learners (%d new) in %d ms",
              courseId,
              quizId,
              count,
              added,
              (System.nanoTime() - started) / 1_000_000);
      LOG.info(line);
      System.out.println("*** " + line + " ***");
      ids.put("fixtureMs", (System.nanoTime() - started) / 1_000_000);
    } catch (Exception e) {
      throw new IllegalStateException("Bench fixture failed", e);
    }
  }

  /** The bench course, created and published the first time. */
  private long course(Library library) {
    for (Course c : courses.catalog(new CatalogFilter(null, null, null, null))) {
      if (c.getLibraryId() == library.getId().longValue() && COURSE_TITLE.equals(c.getTitle())) {
        return c.getId();
      }
    }
    Course course = courses.create(library.getId(), COURSE_TITLE, "แบบทดสอบสำหรับวัดความเร็ว");
    long id = course.getId();
    Section section = courses.addSection(id, "สอบปลายภาค");
    Quiz quiz = quizzes.create(id, "สอบปลายภาค", 60);
    Lesson exam = courses.addLesson(section.getId(), "สอบปลายภาค");
    courses.placeQuiz(exam.getId(), quiz.getId());
    Lesson after = courses.addLesson(section.getId(), "หลังสอบ");
    courses.saveLessonText(after.getId(), "<p>ขอบคุณที่ทำแบบทดสอบ</p>");
    for (int i = 1; i <= 10; i++) {
      if (i % 2 == 0) {
        quizzes.addTrueFalse(quiz.getId(), "ข้อ " + i + ": กะทิสดควรใช้ภายในวันที่คั้น", true);
      } else {
        quizzes.addSingleChoice(
            quiz.getId(),
            "ข้อ " + i + ": ขนมชั้นแบบดั้งเดิมนิยมทำกี่ชั้น?",
            List.of("5 ชั้น", "7 ชั้น", "9 ชั้น", "12 ชั้น"),
            2);
      }
    }
    QuizSettings defaults = QuizSettings.defaults(quiz.getTitle(), 60);
    quizzes.updateSettings(
        quiz.getId(),
        new QuizSettings(
            defaults.title(),
            defaults.passMark(),
            false,
            true,
            0,
            false,
            60,
            null,
            null,
            0,
            defaults.gradingMethod(),
            defaults.reviewAfterSubmit(),
            defaults.reviewAfterClose()));
    courses.publish(id);
    return id;
  }

  /** Creates and enrols the learners that are missing, in one transaction. */
  private int learners(int count, String password, long libraryId, long courseId) throws Exception {
    List<AccountService.NewAccount> missing = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String username = username(i);
      if (accounts.findByUsername(username).isEmpty()) {
        missing.add(new AccountService.NewAccount(username, "ผู้เรียน " + i, "Bench Learner " + i));
      }
    }
    if (missing.isEmpty()) {
      return 0;
    }
    tx.begin();
    try {
      // one hash for all of them: PBKDF2 takes tens of milliseconds each
      for (Account a : accounts.createAll(missing, password, Role.LEARNER, libraryId)) {
        callers.as(Caller.of(a), () -> learning.enrol(courseId));
      }
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
    return missing.size();
  }

  // ---- more of the fixture, for the benchmark suite

  static final String BIG_COURSE_TITLE = "Course page benchmark 20 x 100";
  static final String SMALL_COURSE_TITLE = "Course page benchmark 2 x 5";
  static final String LESSON_COURSE_TITLE = "Lesson views benchmark";
  static final int LESSON_COURSE_LESSONS = 3;

  /** How many learners (the first ones) are enrolled in the two course-page courses. */
  static final int COURSE_PAGE_LEARNERS = 100;

  /** The fixture's ids, for {@code /bench/fixture}; filled when the fixture is ready. */
  private final Map<String, Object> ids = new LinkedHashMap<>();

  /**
   * The courses of the other scenarios: a course page with 20 sections of 100 lessons and one with
   * 2 of 5 (the SQL statements of both are compared), enrolled by the first {@link
   * #COURSE_PAGE_LEARNERS}, and a course of three text lessons that every learner is enrolled in:
   * viewing and completing it writes progress and issues a certificate for each learner.
   */
  private void moreCourses(int count, Library library, Account author) throws Exception {
    long started = System.nanoTime();
    long big = courseWithLessons(library, author, BIG_COURSE_TITLE, 20, 100);
    long small = courseWithLessons(library, author, SMALL_COURSE_TITLE, 2, 5);
    long lessons =
        courseWithLessons(library, author, LESSON_COURSE_TITLE, 1, LESSON_COURSE_LESSONS);
    enrolAll(Math.min(count, COURSE_PAGE_LEARNERS), big);
    enrolAll(Math.min(count, COURSE_PAGE_LEARNERS), small);
    enrolAll(count, lessons);
    List<Long> lessonIds = new ArrayList<>();
    for (PublishedLesson l :
        callers.as(Caller.of(author), () -> courses.published(lessons)).lessons()) {
      lessonIds.add(l.getId());
    }
    ids.put("bigCourse", big);
    ids.put("smallCourse", small);
    ids.put("coursePageLearners", (long) Math.min(count, COURSE_PAGE_LEARNERS));
    ids.put("lessonCourse", lessons);
    ids.put("lessons", lessonIds);
    LOG.info(
        String.format(
            Locale.ROOT,
            "Bench courses ready: course page %d (20 x 100), %d (2 x 5), lessons %d in %d ms",
            big,
            small,
            lessons,
            (System.nanoTime() - started) / 1_000_000));
  }

  /** A published course of text lessons, created the first time; one transaction per section. */
  private long courseWithLessons(
      Library library, Account author, String title, int sections, int lessonsPerSection)
      throws Exception {
    Caller as = Caller.of(author);
    for (Course c : courses.catalog(new CatalogFilter(null, null, null, null))) {
      if (c.getLibraryId() == library.getId().longValue() && title.equals(c.getTitle())) {
        return c.getId();
      }
    }
    long id =
        callers.as(as, () -> courses.create(library.getId(), title, "สำหรับวัดความเร็ว").getId());
    for (int s = 1; s <= sections; s++) {
      int section = s;
      tx.begin();
      try {
        callers.as(
            as,
            () -> {
              Section created = courses.addSection(id, "บทที่ " + section);
              for (int l = 1; l <= lessonsPerSection; l++) {
                Lesson lesson =
                    courses.addLesson(created.getId(), "เรื่องที่ " + section + "." + l);
                if (lessonsPerSection <= 5) {
                  courses.saveLessonText(lesson.getId(), "<p>เนื้อหาบทเรียน " + l + "</p>");
                }
              }
              return created;
            });
        tx.commit();
      } catch (Exception e) {
        tx.rollback();
        throw e;
      }
    }
    callers.as(as, () -> courses.publish(id));
    return id;
  }

  /** Enrols learners 1..count in a course, those not enrolled yet, in one transaction. */
  private void enrolAll(int count, long courseId) throws Exception {
    tx.begin();
    try {
      for (int i = 1; i <= count; i++) {
        Account a = accounts.findByUsername(username(i)).orElseThrow();
        if (!learning.isEnrolled(a.getId(), courseId)) {
          callers.as(Caller.of(a), () -> learning.enrol(courseId));
        }
      }
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  /** The library's id, once the fixture is ready. */
  @Lock(LockType.READ)
  public Long libraryId() {
    return (Long) ids.get("library");
  }

  /**
   * The fixture's ids as JSON, for the benchmarks: courses, quiz, lessons, learners. With {@code
   * RELEARN_BENCH_FIXTURE=on-request}, the first call creates the fixture (calls wait for it: the
   * bean's write lock).
   */
  @Lock(LockType.WRITE)
  public String describe() {
    if (pending != null) {
      Pending asked = pending;
      pending = null;
      create(asked.count(), asked.password());
    }
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> e : ids.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(e.getKey()).append("\":").append(e.getValue());
    }
    return json.append('}').toString().replace(", ", ",");
  }

  static String username(int i) {
    return String.format(Locale.ROOT, "bench-%04d", i);
  }

  private static String firstSet(String... names) {
    for (String name : names) {
      String value = System.getenv(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
