package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.LessonOrder;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.version.LessonAccess;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.CourseTransfer;
import org.relearning.learning.LearningService;
import org.relearning.learning.Progress;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;

/**
 * Published versions, release rules and the outline's lifecycle, inside the real server and
 * database: a learner part-way through a version is never broken by later edits, closed lessons are
 * refused by the service, and every change is in the history.
 */
@ExtendWith(ArquillianExtension.class)
class VersionsIT {

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
  @Inject private CourseTransfer transfer;

  /** Two sections: "one" with lessons a and b, "two" with lesson c and a quiz lesson. */
  private record Fixture(
      Caller instructor,
      Caller learner,
      Caller stranger,
      long courseId,
      long sectionOne,
      long sectionTwo,
      long a,
      long b,
      long c,
      long quizLesson,
      long quizId) {}

  private Fixture fixture(LessonOrder order) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor = person("t", suffix, Role.INSTRUCTOR, library);
    Caller learner = person("s", suffix, Role.LEARNER, library);
    Caller stranger = person("x", suffix, Role.INSTRUCTOR, library);
    long[] ids = new long[9];
    callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "ขนมไทย " + suffix, null);
          Section one = courses.addSection(course.getId(), "หนึ่ง");
          Section two = courses.addSection(course.getId(), "สอง");
          Lesson a = courses.addLesson(one.getId(), "ก");
          courses.saveLessonText(a.getId(), "<p>รุ่นแรก</p>");
          Lesson b = courses.addLesson(one.getId(), "ข");
          Lesson c = courses.addLesson(two.getId(), "ค");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบ", 60);
          quizzes.addTrueFalse(quiz.getId(), "ขนมชั้นมีหลายชั้น", true);
          Lesson q = courses.addLesson(two.getId(), "แบบทดสอบ");
          courses.placeQuiz(q.getId(), quiz.getId());
          courses.setLessonOrder(course.getId(), order);
          courses.publish(course.getId());
          long[] got = {
            course.getId(),
            one.getId(),
            two.getId(),
            a.getId(),
            b.getId(),
            c.getId(),
            q.getId(),
            quiz.getId()
          };
          System.arraycopy(got, 0, ids, 0, got.length);
          return null;
        });
    return new Fixture(
        instructor,
        learner,
        stranger,
        ids[0],
        ids[1],
        ids[2],
        ids[3],
        ids[4],
        ids[5],
        ids[6],
        ids[7]);
  }

  private Caller person(String prefix, String suffix, Role role, long library) {
    Account account =
        accounts.create(
            prefix + "-" + suffix,
            "pw-" + suffix,
            "ทดสอบ " + prefix,
            "Test " + prefix,
            role,
            library);
    return Caller.of(account);
  }

  @Test
  void aLearnerPartWayThroughAVersionKeepsItUntilTheyChooseToMove() {
    Fixture f = fixture(LessonOrder.FREE);
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseId());
          learning.completeLesson(f.courseId(), f.a());
          return null;
        });
    callers.as(
        f.instructor(),
        () -> {
          courses.saveLessonText(f.a(), "<p>รุ่นสอง</p>");
          courses.removeLesson(f.b());
          courses.addLesson(f.sectionTwo(), "ง");
          assertTrue(courses.hasUnpublishedChanges(f.courseId()));
          courses.publish(f.courseId());
          assertFalse(courses.hasUnpublishedChanges(f.courseId()));
          return null;
        });
    callers.as(
        f.learner(),
        () -> {
          PublishedCourse mine = learning.myCourse(f.courseId());
          assertEquals(1, mine.getNumber(), "still on the version they started");
          assertTrue(mine.contains(f.b()), "a lesson removed later is still there for them");
          assertTrue(text(learning.openLesson(f.courseId(), f.a())).contains("รุ่นแรก"));
          assertEquals(4, learning.myProgress(f.courseId()).lessons());
          assertEquals(Optional.of(2), learning.newerVersion(f.courseId()));
          assertPageAgrees(f.courseId());

          Progress moved = learning.moveToLatest(f.courseId());
          assertEquals(4, moved.lessons(), "a, c, quiz and the new lesson");
          assertTrue(moved.isDone(f.a()), "the lesson done is still done in the new version");
          assertEquals(1, moved.done());
          assertEquals(2, learning.myCourse(f.courseId()).getNumber());
          assertTrue(text(learning.openLesson(f.courseId(), f.a())).contains("รุ่นสอง"));
          assertEquals(Optional.empty(), learning.newerVersion(f.courseId()));
          assertPageAgrees(f.courseId());
          return null;
        });
  }

  /** The course page's one read says what the separate questions say, one by one. */
  private void assertPageAgrees(long courseId) {
    LearningService.MyCourse page = learning.myCoursePage(courseId);
    assertEquals(learning.myCourse(courseId).getNumber(), page.version().getNumber());
    assertEquals(learning.myProgress(courseId), page.progress());
    assertEquals(learning.whatIsMissing(courseId), page.missing());
    assertEquals(learning.newerVersion(courseId), page.newerVersion());
    assertEquals(learning.renewalDue(courseId), page.renewalDue());
    assertEquals(learning.myEnrolment(courseId).orElseThrow().getRoundNo(), page.roundNo());
    assertFalse(page.missing().isEmpty(), "the course is not complete: something is missing");
  }

  @Test
  void aLearnerWhoHasDoneNothingYetIsMovedToTheLatestVersion() {
    Fixture f = fixture(LessonOrder.FREE);
    callers.as(f.learner(), () -> learning.enrol(f.courseId()));
    callers.as(
        f.instructor(),
        () -> {
          courses.addLesson(f.sectionOne(), "ใหม่");
          return courses.publish(f.courseId());
        });
    callers.as(
        f.learner(),
        () -> {
          assertEquals(2, learning.myCourse(f.courseId()).getNumber());
          assertEquals(5, learning.myProgress(f.courseId()).lessons());
          return null;
        });
  }

  @Test
  void inACourseTakenInOrderTheServiceRefusesALessonBeforeItsTurn() {
    Fixture f = fixture(LessonOrder.SEQUENTIAL);
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseId());
          assertEquals(LessonAccess.OPEN, learning.access(f.courseId(), f.a()));
          assertEquals(LessonAccess.AFTER_PREVIOUS, learning.access(f.courseId(), f.b()));
          BusinessException early =
              assertThrows(
                  BusinessException.class, () -> learning.completeLesson(f.courseId(), f.b()));
          assertEquals("lesson.locked.previous", early.messageKey());
          assertThrows(BusinessException.class, () -> learning.openLesson(f.courseId(), f.c()));
          assertThrows(
              AccessDeniedException.class,
              () -> quizzes.start(f.quizId()),
              "the quiz of a lesson not reached yet cannot be started");

          learning.completeLesson(f.courseId(), f.a());
          assertEquals(LessonAccess.OPEN, learning.access(f.courseId(), f.b()));
          learning.completeLesson(f.courseId(), f.b());
          learning.completeLesson(f.courseId(), f.c());
          assertTrue(quizzes.start(f.quizId()).getId() > 0, "reached: the quiz opens");
          return null;
        });
  }

  @Test
  void aSectionWithAReleaseDateStaysClosedUntilThatDay() {
    Fixture f = fixture(LessonOrder.FREE);
    LocalDate later = LocalDate.now(Clocks.ZONE).plusDays(30);
    callers.as(
        f.instructor(),
        () -> {
          courses.updateSection(f.sectionTwo(), "สอง", later);
          return courses.publish(f.courseId());
        });
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseId());
          assertEquals(LessonAccess.NOT_YET_RELEASED, learning.access(f.courseId(), f.c()));
          BusinessException closed =
              assertThrows(BusinessException.class, () -> learning.openLesson(f.courseId(), f.c()));
          assertEquals("lesson.locked.notYet", closed.messageKey());
          assertEquals(later, closed.arguments()[0]);
          assertEquals(LessonAccess.OPEN, learning.access(f.courseId(), f.a()));
          return null;
        });
  }

  @Test
  void anArchivedCourseLeavesTheCatalogButItsLearnersCarryOn() {
    Fixture f = fixture(LessonOrder.FREE);
    Caller latecomer =
        person("late", UUID.randomUUID().toString().substring(0, 8), Role.LEARNER, libraryId());
    callers.as(f.learner(), () -> learning.enrol(f.courseId()));
    callers.as(f.instructor(), () -> courses.archive(f.courseId()));
    assertFalse(
        courses.catalog().stream().anyMatch(c -> c.getId() == f.courseId()), "out of the catalog");
    callers.as(
        f.learner(),
        () -> {
          learning.completeLesson(f.courseId(), f.a());
          assertEquals(1, learning.myProgress(f.courseId()).done());
          return null;
        });
    callers.as(
        latecomer,
        () -> assertThrows(Exception.class, () -> learning.enrol(f.courseId()), "closed to new"));
    callers.as(f.instructor(), () -> courses.restore(f.courseId()));
    assertTrue(courses.catalog().stream().anyMatch(c -> c.getId() == f.courseId()));
  }

  @Test
  void lessonsMoveBetweenSectionsKeepingTheirIdsAndOnlyEditorsMayMoveThem() {
    Fixture f = fixture(LessonOrder.FREE);
    callers.as(
        f.stranger(),
        () -> {
          assertThrows(
              AccessDeniedException.class, () -> courses.moveLesson(f.a(), f.sectionTwo(), 0));
          assertThrows(AccessDeniedException.class, () -> courses.moveSection(f.sectionTwo(), 0));
          assertThrows(AccessDeniedException.class, () -> courses.removeLesson(f.a()));
          assertThrows(AccessDeniedException.class, () -> courses.history(f.courseId()));
          return null;
        });
    callers.as(
        f.instructor(),
        () -> {
          courses.moveLesson(f.a(), f.sectionTwo(), 1);
          courses.moveSection(f.sectionTwo(), 0);
          return null;
        });
    callers.as(
        f.instructor(),
        () -> {
          Course course = courses.getForEditing(f.courseId());
          assertEquals(List.of("สอง", "หนึ่ง"), titles(course.getSections()));
          assertEquals(
              List.of(f.c(), f.a(), f.quizLesson()),
              course.getSections().get(0).getLessons().stream().map(Lesson::getId).toList());
          assertEquals(
              List.of(f.b()),
              course.getSections().get(1).getLessons().stream().map(Lesson::getId).toList());
          List<String> actions =
              courses.history(f.courseId()).stream().map(AuditEntry::getAction).toList();
          assertEquals("course.sectionMoved", actions.get(0), "newest first");
          assertTrue(actions.contains("course.lessonMoved"));
          assertTrue(actions.contains("course.published"));
          assertTrue(actions.contains("course.created"));
          assertTrue(
              courses.history(f.courseId()).stream()
                  .allMatch(e -> e.getActor().equals(f.instructor().username())));
          return null;
        });
  }

  @Test
  void aDuplicateIsADraftCopyWithItsOwnQuizzesAndTheSameRules() {
    Fixture f = fixture(LessonOrder.SEQUENTIAL);
    LocalDate later = LocalDate.now(Clocks.ZONE).plusDays(10);
    callers.as(f.instructor(), () -> courses.updateSection(f.sectionTwo(), "สอง", later));
    callers.as(
        f.stranger(),
        () ->
            assertThrows(
                AccessDeniedException.class, () -> transfer.duplicate(f.courseId(), "ของฉัน")));
    Course copy =
        callers.as(
            f.instructor(),
            () -> {
              CourseTransfer.Imported made = transfer.duplicate(f.courseId(), "สำเนา ขนมไทย");
              assertFalse(made.refused(), made.problems().toString());
              return courses.getForEditing(made.course().getId());
            });
    assertTrue(copy.getId() != f.courseId());
    assertEquals("สำเนา ขนมไทย", copy.getTitle());
    assertFalse(copy.isPublished(), "a copy starts as a draft");
    assertEquals(LessonOrder.SEQUENTIAL, copy.getLessonOrder());
    assertEquals(List.of("หนึ่ง", "สอง"), titles(copy.getSections()));
    assertEquals(later, copy.getSections().get(1).getOpensOn());
    assertEquals(
        List.of("ค", "แบบทดสอบ"),
        copy.getSections().get(1).getLessons().stream().map(Lesson::getTitle).toList());
    long copiedQuiz = copy.getSections().get(1).getLessons().get(1).getBlocks().get(0).getRefId();
    assertTrue(copiedQuiz != f.quizId(), "the copy has a quiz of its own");
    assertEquals(copy.getId(), quizzes.findQuiz(copiedQuiz).orElseThrow().getCourseId());
  }

  private long libraryId() {
    return libraries.findByCode("UTT").orElseThrow().getId();
  }

  private static List<String> titles(List<Section> sections) {
    return sections.stream().map(Section::getTitle).toList();
  }

  private static String text(PublishedLesson lesson) {
    return lesson.getBlocks().stream()
        .map(b -> String.valueOf(b.getBody()))
        .reduce("", String::concat);
  }
}
