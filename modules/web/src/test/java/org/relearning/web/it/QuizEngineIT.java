package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.AttemptResult;
import org.relearning.quiz.AttemptSweep;
import org.relearning.quiz.BankService;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.ReviewedQuestion;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.attempt.AttemptStatus;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.SingleChoiceType;

/**
 * The attempt engine against the real server and database: frozen question versions, random draws,
 * the server's deadline, attempt limits and grading methods, pages taken in order, review options,
 * and forged requests.
 */
@ExtendWith(ArquillianExtension.class)
class QuizEngineIT {

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
  @Inject private AttemptSweep sweep;

  @Resource(lookup = "java:app/jdbc/relearn")
  private DataSource database;

  private record Fixture(Caller instructor, long courseId, long quizId, long library) {}

  /** A published course whose only lesson holds an empty quiz, by a fresh instructor. */
  private Fixture fixture() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Account teacher =
        accounts.create(
            "t-" + suffix, "pw-" + suffix, "ครูทดสอบ", "Test Teacher", Role.INSTRUCTOR, library);
    Caller instructor = Caller.of(teacher);
    long[] ids = new long[2];
    as(
        instructor,
        () -> {
          Course course = courses.create(library, "ขนมเปียกปูน " + suffix, null);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบ " + suffix, 60);
          Lesson lesson = courses.addLesson(section.getId(), "แบบทดสอบท้ายบท");
          courses.placeQuiz(lesson.getId(), quiz.getId());
          courses.publish(course.getId());
          ids[0] = course.getId();
          ids[1] = quiz.getId();
          return null;
        });
    return new Fixture(instructor, ids[0], ids[1], library);
  }

  private Caller learnerOf(Fixture f) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Account a =
        accounts.create(
            "s-" + suffix,
            "pw-" + suffix,
            "ผู้เรียน ทดสอบ",
            "Test Learner",
            Role.LEARNER,
            f.library());
    Caller learner = Caller.of(a);
    as(learner, () -> learning.enrol(f.courseId()));
    return learner;
  }

  /** A single-choice question "1 + 1 = ?" with options 1, 2, 3 (2 correct), in the category. */
  private Question addSingle(Fixture f, long categoryId, String text) {
    return as(
        f.instructor(),
        () ->
            banks.addQuestion(
                categoryId,
                new ImportedQuestion(
                    SingleChoiceType.ID,
                    "",
                    text,
                    1,
                    List.of(
                        new ImportedChoice("1", false, "นับใหม่"),
                        new ImportedChoice("2", true, "ถูกต้อง"),
                        new ImportedChoice("3", false, "")),
                    "หนึ่งบวกหนึ่งได้สอง"),
                ""));
  }

  private Question addFixed(Fixture f, String text) {
    long category =
        as(f.instructor(), () -> quizzes.getForEditing(f.quizId()).getCategory().getId());
    Question q = addSingle(f, category, text);
    as(f.instructor(), () -> quizzes.addFromBank(f.quizId(), q.getId()));
    return q;
  }

  private void settings(Fixture f, java.util.function.UnaryOperator<QuizSettings> change) {
    as(
        f.instructor(),
        () ->
            quizzes.updateSettings(
                f.quizId(), change.apply(quizzes.getForEditing(f.quizId()).settings())));
  }

  /** A quiz of two questions, one per page, taken in order, every review item shown. */
  private Fixture twoPagesTakenInOrder() {
    Fixture f = fixture();
    addFixed(f, "หน้าหนึ่ง");
    addFixed(f, "หน้าสอง");
    settings(
        f, s -> with(s, 1, true, null, 0, GradingMethod.HIGHEST, EnumSet.allOf(ReviewItem.class)));
    return f;
  }

  private static QuizSettings with(
      QuizSettings s,
      int perPage,
      boolean sequential,
      Instant closesAt,
      int attempts,
      GradingMethod method,
      Set<ReviewItem> review) {
    return new QuizSettings(
        s.title(),
        s.passMark(),
        s.shuffleQuestions(),
        s.shuffleOptions(),
        perPage,
        sequential,
        s.timeLimitMinutes(),
        s.opensAt(),
        closesAt,
        attempts,
        method,
        review,
        review);
  }

  private static String optionId(LearnerQuestion q, String text) {
    return q.options().stream()
        .filter(o -> o.text().equals(text))
        .map(o -> String.valueOf(o.id()))
        .findFirst()
        .orElseThrow();
  }

  private <T> T as(Caller caller, Supplier<T> work) {
    return callers.as(caller, work);
  }

  @Test
  void editingAQuestionNeverChangesAFinishedAttempt() {
    Fixture f = fixture();
    Question q = addFixed(f, "หนึ่งบวกหนึ่งได้เท่าไร");
    Caller learner = learnerOf(f);
    Attempt first =
        as(
            learner,
            () -> {
              Attempt a = quizzes.start(f.quizId());
              LearnerQuestion asked = quizzes.paper(a.getId()).get(0);
              quizzes.saveAnswer(a.getId(), asked.id(), optionId(asked, "2"));
              return quizzes.submit(a.getId());
            });
    assertEquals(100, first.getScorePercent());

    as(
        f.instructor(),
        () ->
            banks.editQuestion(
                q.getId(),
                new ImportedQuestion(
                    SingleChoiceType.ID,
                    "",
                    "สองบวกหนึ่งได้เท่าไร",
                    1,
                    List.of(
                        new ImportedChoice("1", false, ""),
                        new ImportedChoice("2", false, ""),
                        new ImportedChoice("3", true, "")),
                    ""),
                ""));

    List<ReviewedQuestion> review = as(learner, () -> quizzes.review(first.getId()));
    assertEquals("หนึ่งบวกหนึ่งได้เท่าไร", review.get(0).question().text());
    assertEquals(List.of("2"), review.get(0).correctAnswers());
    assertEquals(1.0, review.get(0).earned());
    assertEquals(List.of("ถูกต้อง"), review.get(0).optionFeedback());
    assertEquals(
        100, as(learner, () -> quizzes.myAttempt(first.getId()).getScorePercent()), "score kept");

    List<LearnerQuestion> next =
        as(learner, () -> quizzes.paper(quizzes.start(f.quizId()).getId()));
    assertEquals("สองบวกหนึ่งได้เท่าไร", next.get(0).text(), "a new attempt asks the new revision");
  }

  @Test
  void randomDrawsGiveEachAttemptItsOwnDistinctQuestionsFromTheCategory() {
    Fixture f = fixture();
    Category pool =
        as(
            f.instructor(),
            () -> banks.addCategory(banks.courseBank(f.courseId()).getId(), "คลังสุ่ม"));
    Set<Long> poolIds = new HashSet<>();
    for (int i = 1; i <= 6; i++) {
      poolIds.add(addSingle(f, pool.getId(), "คำถามสุ่มข้อ " + i).getId());
    }
    Question fixed = addFixed(f, "คำถามประจำ");
    as(f.instructor(), () -> quizzes.addRandom(f.quizId(), pool.getId(), 3));

    Set<List<Long>> papers = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      Caller learner = learnerOf(f);
      List<Long> asked =
          as(learner, () -> quizzes.paper(quizzes.start(f.quizId()).getId())).stream()
              .map(LearnerQuestion::id)
              .toList();
      assertEquals(4, asked.size(), "one fixed question and three drawn");
      assertEquals(fixed.getId(), asked.get(0));
      assertEquals(3, new HashSet<>(asked.subList(1, 4)).size(), "no question twice");
      assertTrue(poolIds.containsAll(asked.subList(1, 4)), "drawn from the category only");
      papers.add(asked);
    }
    // 6 papers of 3 draws from 6 questions (120 ordered draws each): all six alike by chance is
    // about one in 2.5e10
    assertTrue(papers.size() > 1, "papers differ between attempts");
  }

  @Test
  void theServerKeepsTheDeadlineAndSubmitsTheSavedAnswers() throws Exception {
    Fixture f = fixture();
    addFixed(f, "ข้อแรก");
    addFixed(f, "ข้อสอง");
    Instant closes = Instant.now().plusSeconds(4);
    settings(
        f,
        s -> with(s, 0, false, closes, 0, GradingMethod.HIGHEST, EnumSet.allOf(ReviewItem.class)));
    Caller present = learnerOf(f);
    Caller away = learnerOf(f);
    long presentAttempt =
        as(
            present,
            () -> {
              Attempt a = quizzes.start(f.quizId());
              assertEquals(closes.toEpochMilli() / 1000, a.getDeadline().toEpochMilli() / 1000);
              LearnerQuestion q = quizzes.paper(a.getId()).get(0);
              quizzes.saveAnswer(a.getId(), q.id(), optionId(q, "2"));
              return a.getId();
            });
    long awayAttempt =
        as(
            away,
            () -> {
              Attempt a = quizzes.start(f.quizId());
              LearnerQuestion q = quizzes.paper(a.getId()).get(1);
              quizzes.saveAnswer(a.getId(), q.id(), optionId(q, "2"));
              return a.getId();
            });

    Thread.sleep(Duration.between(Instant.now(), closes).toMillis() + 4_500);

    BusinessException late =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    present,
                    () -> {
                      LearnerQuestion q = quizzes.paper(presentAttempt).get(1);
                      quizzes.saveAnswer(presentAttempt, q.id(), optionId(q, "2"));
                      return null;
                    }));
    assertEquals("attempt.timeUp", late.messageKey());
    Attempt graded = as(present, () -> quizzes.myAttempt(presentAttempt));
    assertEquals(AttemptStatus.SUBMITTED, graded.getStatus());
    assertEquals(50, graded.getScorePercent(), "the answer saved in time counts, the late one not");

    // the sweep (run here, or by its schedule a moment ago) submits the attempt nobody came back
    // to; the author's results read it without submitting anything themselves
    sweep.finishOverdue();
    Attempt swept =
        as(f.instructor(), () -> quizzes.results(f.quizId())).stream()
            .map(AttemptResult::attempt)
            .filter(a -> a.getId() == awayAttempt)
            .findFirst()
            .orElseThrow();
    assertEquals(AttemptStatus.SUBMITTED, swept.getStatus());
    assertEquals(50, swept.getScorePercent());

    BusinessException closed =
        assertThrows(BusinessException.class, () -> as(away, () -> quizzes.start(f.quizId())));
    assertEquals("quiz.closed", closed.messageKey());
  }

  @Test
  void attemptsAllowedAndTheGradingMethodDecideTheGrade() {
    Fixture f = fixture();
    addFixed(f, "หนึ่งบวกหนึ่ง");
    settings(
        f, s -> with(s, 0, false, null, 2, GradingMethod.AVERAGE, EnumSet.allOf(ReviewItem.class)));
    Caller learner = learnerOf(f);
    for (String answer : List.of("1", "2")) {
      as(
          learner,
          () -> {
            Attempt a = quizzes.start(f.quizId());
            LearnerQuestion q = quizzes.paper(a.getId()).get(0);
            quizzes.saveAnswer(a.getId(), q.id(), optionId(q, answer));
            return quizzes.submit(a.getId());
          });
    }
    long account = learner.accountId();
    assertEquals(50.0, quizzes.grade(f.quizId(), account).getAsDouble(), 1e-9);
    assertFalse(quizzes.hasPassed(f.quizId(), account), "an average of 50 is below 60");
    BusinessException third =
        assertThrows(BusinessException.class, () -> as(learner, () -> quizzes.start(f.quizId())));
    assertEquals("quiz.noAttemptsLeft", third.messageKey());

    settings(
        f, s -> with(s, 0, false, null, 2, GradingMethod.HIGHEST, EnumSet.allOf(ReviewItem.class)));
    assertEquals(100.0, quizzes.grade(f.quizId(), account).getAsDouble(), 1e-9);
    assertTrue(quizzes.hasPassed(f.quizId(), account));
    settings(
        f, s -> with(s, 0, false, null, 2, GradingMethod.LAST, EnumSet.allOf(ReviewItem.class)));
    assertEquals(100.0, quizzes.grade(f.quizId(), account).getAsDouble(), 1e-9);
  }

  /** How many rows hold the attempt's paper, and whether its own row still keeps one. */
  private int[] paperStorage(long attemptId) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement rows =
            c.prepareStatement("SELECT COUNT(*) FROM QZ_ATTEMPT_SLOT WHERE ATTEMPT_ID = ?");
        PreparedStatement row = c.prepareStatement("SELECT PAPER FROM QZ_ATTEMPT WHERE ID = ?")) {
      rows.setLong(1, attemptId);
      row.setLong(1, attemptId);
      try (ResultSet r = rows.executeQuery();
          ResultSet a = row.executeQuery()) {
        r.next();
        a.next();
        return new int[] {r.getInt(1), a.getString(1) == null ? 0 : 1};
      }
    }
  }

  @Test
  void aPaperKeptInTheAttemptsRowBecomesRowsWithItsMarksAtSubmission() throws Exception {
    Fixture f = fixture();
    addFixed(f, "หน้าหนึ่ง");
    addFixed(f, "หน้าสอง");
    Caller learner = learnerOf(f);
    Attempt a = as(learner, () -> quizzes.start(f.quizId()));
    assertArrayEquals(new int[] {0, 1}, paperStorage(a.getId()), "in the row while in progress");

    List<LearnerQuestion> paper = as(learner, () -> quizzes.paper(a.getId()));
    as(
        learner,
        () -> quizzes.saveAnswer(a.getId(), paper.get(0).id(), optionId(paper.get(0), "2")));
    as(
        learner,
        () -> quizzes.saveAnswer(a.getId(), paper.get(1).id(), optionId(paper.get(1), "1")));
    assertEquals(50, as(learner, () -> quizzes.submit(a.getId())).getScorePercent());

    assertArrayEquals(new int[] {2, 0}, paperStorage(a.getId()), "rows once submitted");
    List<ReviewedQuestion> review = as(learner, () -> quizzes.review(a.getId()));
    assertEquals(
        paper.stream().map(LearnerQuestion::id).toList(),
        review.stream().map(r -> r.question().id()).toList());
    assertEquals(
        paper.stream().map(LearnerQuestion::options).toList(),
        review.stream().map(r -> r.question().options()).toList(),
        "options in the order the learner saw them");
    assertEquals(1.0, review.get(0).earned());
    assertEquals(0.0, review.get(1).earned());
  }

  @Test
  void anAttemptWhosePaperIsInRowsIsTakenResumedAndGradedFromThem() throws Exception {
    Fixture f = twoPagesTakenInOrder();
    Caller learner = learnerOf(f);
    Attempt a = as(learner, () -> quizzes.start(f.quizId()));
    List<LearnerQuestion> paper = as(learner, () -> quizzes.paper(a.getId()));
    // as an attempt begun before papers were kept in the attempt's row: rows, and no paper in it
    try (Connection c = database.getConnection();
        PreparedStatement rows =
            c.prepareStatement(
                "INSERT INTO QZ_ATTEMPT_SLOT (ATTEMPT_ID, POSITION, PAGE, QUESTION_ID,"
                    + " OPTION_ORDER) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement row =
            c.prepareStatement("UPDATE QZ_ATTEMPT SET PAPER = NULL WHERE ID = ?")) {
      for (LearnerQuestion q : paper) {
        rows.setLong(1, a.getId());
        rows.setInt(2, q.number());
        rows.setInt(3, q.page());
        rows.setLong(4, q.id());
        rows.setString(
            5, String.join(",", q.options().stream().map(o -> String.valueOf(o.id())).toList()));
        rows.executeUpdate();
      }
      row.setLong(1, a.getId());
      assertEquals(1, row.executeUpdate());
    }
    assertArrayEquals(new int[] {2, 0}, paperStorage(a.getId()));

    as(
        learner,
        () -> quizzes.saveAnswer(a.getId(), paper.get(0).id(), optionId(paper.get(0), "2")));
    as(
        learner,
        () -> {
          quizzes.goToPage(a.getId(), 2);
          return null;
        });
    BusinessException back =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    learner,
                    () ->
                        quizzes.saveAnswer(
                            a.getId(), paper.get(0).id(), optionId(paper.get(0), "1"))));
    assertEquals("attempt.pageLeft", back.messageKey());
    assertEquals(
        paper.stream().map(LearnerQuestion::options).toList(),
        as(learner, () -> quizzes.paper(a.getId())).stream().map(LearnerQuestion::options).toList(),
        "resumed with the same paper");
    as(
        learner,
        () -> quizzes.saveAnswer(a.getId(), paper.get(1).id(), optionId(paper.get(1), "2")));

    assertEquals(100, as(learner, () -> quizzes.submit(a.getId())).getScorePercent());
    assertArrayEquals(new int[] {2, 0}, paperStorage(a.getId()), "no second set of rows");
  }

  @Test
  void aQuizTakenInOrderRefusesGoingBack() {
    Fixture f = twoPagesTakenInOrder();
    Caller learner = learnerOf(f);
    as(
        learner,
        () -> {
          Attempt a = quizzes.start(f.quizId());
          List<LearnerQuestion> paper = quizzes.paper(a.getId());
          assertEquals(List.of(1, 2), paper.stream().map(LearnerQuestion::page).toList());
          quizzes.goToPage(a.getId(), 2);
          BusinessException back =
              assertThrows(
                  BusinessException.class,
                  () ->
                      quizzes.saveAnswer(
                          a.getId(), paper.get(0).id(), optionId(paper.get(0), "2")));
          assertEquals("attempt.pageLeft", back.messageKey());
          assertThrows(BusinessException.class, () -> quizzes.goToPage(a.getId(), 1));
          assertEquals(2, quizzes.start(f.quizId()).getCurrentPage(), "resumes on the page left");
          return null;
        });
  }

  @Test
  void forgedRequestsAreRefusedByTheService() {
    Fixture f = fixture();
    addFixed(f, "ข้อเดียว");
    Fixture other = fixture();
    Question foreign = addFixed(other, "ข้อของวิชาอื่น");
    Caller learner = learnerOf(f);
    Caller stranger = learnerOf(f);
    long attemptId = as(learner, () -> quizzes.start(f.quizId()).getId());
    assertThrows(
        NotFoundException.class,
        () ->
            as(
                learner,
                () -> {
                  quizzes.saveAnswer(attemptId, foreign.getId(), "1");
                  return null;
                }),
        "a question that is not on the paper");
    assertThrows(
        NotFoundException.class,
        () -> as(stranger, () -> quizzes.paper(attemptId)),
        "someone else's attempt");
    long asked = as(learner, () -> quizzes.paper(attemptId).get(0).id());
    BusinessException tooLong =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    learner,
                    () -> {
                      quizzes.saveAnswer(attemptId, asked, "9".repeat(5000));
                      return null;
                    }));
    assertEquals("attempt.answerTooLong", tooLong.messageKey());
    as(learner, () -> quizzes.submit(attemptId));
    assertThrows(NotFoundException.class, () -> as(stranger, () -> quizzes.review(attemptId)));
    assertThrows(
        NotFoundException.class,
        () -> as(learner, () -> banks.usableQuestion(foreign.getId())),
        "a learner cannot read the bank and its answers");
  }

  @Test
  void reviewShowsOnlyWhatTheQuizAllows() {
    Fixture f = fixture();
    addFixed(f, "หนึ่งบวกหนึ่ง");
    settings(
        f,
        s -> with(s, 0, false, null, 0, GradingMethod.HIGHEST, EnumSet.of(ReviewItem.RESPONSES)));
    Caller learner = learnerOf(f);
    long attemptId =
        as(
            learner,
            () -> {
              Attempt a = quizzes.start(f.quizId());
              LearnerQuestion q = quizzes.paper(a.getId()).get(0);
              quizzes.saveAnswer(a.getId(), q.id(), optionId(q, "1"));
              return quizzes.submit(a.getId()).getId();
            });
    ReviewedQuestion seen = as(learner, () -> quizzes.review(attemptId)).get(0);
    assertNotEquals(null, seen.response());
    assertNull(seen.earned(), "marks hidden");
    assertTrue(seen.correctAnswers().isEmpty(), "correct answers hidden");
    assertTrue(seen.optionFeedback().isEmpty() && seen.generalFeedback().isEmpty());
    ReviewedQuestion byAuthor = as(f.instructor(), () -> quizzes.review(attemptId)).get(0);
    assertEquals(List.of("2"), byAuthor.correctAnswers(), "the course's author sees everything");
    assertEquals(0.0, byAuthor.earned());
    assertFalse(as(learner, () -> quizzes.marksShown(f.quizId())), "no score for the learner");
    assertTrue(as(f.instructor(), () -> quizzes.marksShown(f.quizId())));

    settings(
        f,
        s ->
            with(
                s,
                0,
                false,
                null,
                0,
                GradingMethod.HIGHEST,
                EnumSet.of(ReviewItem.RESPONSES, ReviewItem.MARKS)));
    assertTrue(as(learner, () -> quizzes.marksShown(f.quizId())), "once review shows marks");
  }

  @Test
  void randomDrawsAndSettingsTravelToAnotherCourse() {
    Fixture f = fixture();
    addFixed(f, "ข้อประจำ");
    Category pool =
        as(
            f.instructor(),
            () -> banks.addCategory(banks.courseBank(f.courseId()).getId(), "คลังส่งต่อ"));
    addSingle(f, pool.getId(), "สุ่มหนึ่ง");
    addSingle(f, pool.getId(), "สุ่มสอง");
    as(
        f.instructor(),
        () -> {
          long slot = quizzes.addRandom(f.quizId(), pool.getId(), 1).getId();
          quizzes.moveSlot(f.quizId(), slot, -1);
          return null;
        });
    settings(f, s -> with(s, 1, true, null, 2, GradingMethod.LAST, EnumSet.of(ReviewItem.MARKS)));
    Fixture target = fixture();
    PortableQuiz original = as(f.instructor(), () -> quizzes.exportQuestions(f.quizId()));
    assertEquals(1, original.draws().get(0).position(), "the draw was moved first");
    Caller both = target.instructor();
    long copy = as(both, () -> quizzes.createFrom(target.courseId(), original).getId());
    PortableQuiz copied = as(both, () -> quizzes.exportQuestions(copy));
    assertEquals(original, copied);
  }
}
