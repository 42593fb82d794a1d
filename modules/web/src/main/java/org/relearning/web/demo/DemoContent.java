package org.relearning.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseDetails;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * On first start, a library with its people, a published Thai dessert course with a quiz, one
 * learner who has completed it and holds a certificate, and a career path made of that course and
 * three short ones ({@link DemoPath}), so that a newcomer sees every part at once. Off with {@code
 * RELEARN_DEMO=false}. Each step commits on its own, as it would for real users, so the completion
 * and certificate events run exactly as in production.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  static final String LIBRARY_CODE = "UTT";

  @EJB private LibraryService libraries;
  @EJB private AccountService accounts;
  @EJB private CourseService courses;
  @EJB private QuizService quizzes;
  @EJB private LearningService learning;
  @Inject private Callers callers;
  @EJB private CurriculumService curricula;

  private final Map<Long, Long> rightAnswers = new LinkedHashMap<>();

  @PostConstruct
  void load() {
    if ("false".equalsIgnoreCase(System.getenv("RELEARN_DEMO"))) {
      return;
    }
    if (libraries.findByCode(LIBRARY_CODE).isPresent()) {
      LOG.info("Demo content already present");
      return;
    }
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    String password = configured == null || configured.isBlank() ? generatedPassword() : configured;
    Library library =
        libraries.create(
            LIBRARY_CODE,
            "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์",
            "Uttaradit Provincial Public Library",
            "อุตรดิตถ์");
    accounts.create(
        "admin", password, "ผู้ดูแลระบบ", "System Administrator", Role.SYSTEM_ADMIN, null);
    accounts.create(
        "librarian",
        password,
        "มาลี บรรณารักษ์",
        "Malee Bannarak",
        Role.LIBRARY_ADMIN,
        library.getId());
    Account instructor =
        accounts.create(
            "instructor",
            password,
            "ครูน้ำฝน ใจงาม",
            "Namfon Jaingam",
            Role.INSTRUCTOR,
            library.getId());
    Account learner =
        accounts.create(
            "learner", password, "สมศรี ใจดี", "Somsri Jaidee", Role.LEARNER, library.getId());

    long courseId = callers.as(Caller.of(instructor), () -> authorCourse(library));
    callers.as(Caller.of(learner), () -> completeCourse(courseId));
    callers.as(Caller.of(instructor), () -> DemoPath.author(courses, curricula, library, courseId));

    if (configured == null || configured.isBlank()) {
      String line = "Demo accounts admin, librarian, instructor, learner; password: " + password;
      LOG.warning(line);
      System.out.println("*** " + line + " ***");
    }
    LOG.info("Demo content loaded");
  }

  private long authorCourse(Library library) {
    Course course =
        courses.create(
            library.getId(),
            "การทำขนมไทยเพื่ออาชีพที่สอง",
            "เรียนทำขนมไทยยอดนิยม ตั้งแต่วัตถุดิบ ความสะอาด จนถึงการตั้งราคาขาย"
                + " เพื่อเริ่มต้นอาชีพที่สองจากครัวที่บ้าน");
    long id = course.getId();
    courses.updateDetails(
        id,
        new CourseDetails(
            course.getTitle(),
            course.getSummary(),
            CourseCategory.FOOD_DESSERTS,
            CourseLevel.BEGINNER,
            new BigDecimal("6"),
            "th",
            List.of("ขนมไทย", "อาชีพเสริม", "ขายออนไลน์", "thai desserts")));
    Section basics = courses.addSection(id, "พื้นฐานขนมไทย");
    lesson(
        basics,
        "รู้จักวัตถุดิบ: แป้ง กะทิ และน้ำตาลมะพร้าว",
        "<p>ขนมไทยส่วนใหญ่ใช้วัตถุดิบหลักไม่กี่อย่าง ได้แก่ <strong>แป้งข้าวเจ้า</strong>"
            + " <strong>แป้งมัน</strong> <strong>กะทิ</strong> และ <strong>น้ำตาลมะพร้าว</strong></p>"
            + "<ul><li>กะทิสดให้รสมันหอม ควรใช้ภายในวันที่คั้น</li>"
            + "<li>น้ำตาลมะพร้าวแท้มีสีน้ำตาลอ่อนและกลิ่นหอม</li></ul>");
    lesson(
        basics,
        "ความสะอาดและความปลอดภัยของอาหาร",
        "<p>ล้างมือก่อนทำขนมทุกครั้ง เก็บวัตถุดิบให้พ้นแดดและความชื้น"
            + " และใช้ภาชนะที่สะอาดแยกของสุกกับของดิบ</p>");
    Section recipes = courses.addSection(id, "ลงมือทำและขาย");
    lesson(
        recipes,
        "ขนมชั้นใบเตย",
        "<p>ขนมชั้นที่ดีมี <em>เก้าชั้น</em> ตามความเชื่อว่าจะก้าวหน้า"
            + " นึ่งทีละชั้นจนสุกก่อนเทชั้นต่อไป</p><ol><li>ผสมแป้งกับกะทิ</li>"
            + "<li>แบ่งส่วนผสม ใส่น้ำใบเตยครึ่งหนึ่ง</li><li>นึ่งทีละชั้น ชั้นละ 5 นาที</li></ol>");
    lesson(
        recipes,
        "ตั้งราคาและขายออนไลน์",
        "<p>คิดต้นทุนวัตถุดิบ ค่าแรง และค่าบรรจุภัณฑ์ แล้วบวกกำไรที่เหมาะสม"
            + " ถ่ายรูปสินค้าในแสงธรรมชาติเพื่อโพสต์ขาย</p>");
    Quiz quiz = quizzes.create(id, "แบบทดสอบท้ายบท", 60);
    Lesson quizLesson = courses.addLesson(recipes.getId(), "แบบทดสอบท้ายบท");
    courses.placeQuiz(quizLesson.getId(), quiz.getId());
    remember(
        quizzes.addSingleChoice(
            quiz.getId(),
            "ขนมชั้นแบบดั้งเดิมนิยมทำกี่ชั้น?",
            List.of("5 ชั้น", "7 ชั้น", "9 ชั้น", "12 ชั้น"),
            2));
    remember(quizzes.addTrueFalse(quiz.getId(), "ควรล้างมือให้สะอาดก่อนทำขนมทุกครั้ง", true));
    courses.publish(id);
    return id;
  }

  private Void completeCourse(long courseId) {
    learning.enrol(courseId);
    Course course = courses.get(courseId);
    Quiz quiz = quizzes.ofCourse(courseId).get(0);
    for (Lesson lesson : course.lessons()) {
      if (lesson.getBlocks().stream().noneMatch(b -> b.getRefId() != null)) {
        learning.completeLesson(courseId, lesson.getId());
      }
    }
    Attempt attempt = quizzes.start(quiz.getId());
    rightAnswers.forEach(
        (question, choice) ->
            quizzes.saveAnswer(attempt.getId(), question, String.valueOf(choice)));
    quizzes.submit(attempt.getId());
    return null;
  }

  /** The demo learner answers as the author intended; kept from authoring, never sent anywhere. */
  private void remember(Question q) {
    Choice right = q.getChoices().stream().filter(Choice::isCorrect).findFirst().orElseThrow();
    rightAnswers.put(q.getId(), right.getId());
  }

  private void lesson(Section section, String title, String html) {
    Lesson lesson = courses.addLesson(section.getId(), title);
    courses.saveLessonText(lesson.getId(), html);
  }

  private static String generatedPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
