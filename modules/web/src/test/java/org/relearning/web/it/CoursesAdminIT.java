package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.CourseStatus;
import org.relearning.course.content.Lesson;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryDetails;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.learning.LearningService.CourseFigures;
import org.relearning.platform.error.AccessDeniedException;

/**
 * The courses-per-library administration, inside the real server and database: a library's
 * administrator lists their library's courses with enrolments and completions and archives them;
 * every request about another library's courses, or about all libraries, is refused by the
 * services, and the system administrator sees every library.
 */
@ExtendWith(ArquillianExtension.class)
class CoursesAdminIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private LearningService learning;

  @Test
  void anAdministratorSeesAndArchivesTheirLibrarysCoursesOnly() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    Library a = library("ca-" + s, "ห้องสมุดประชาชนจังหวัดลำปาง " + s, "Lampang " + s);
    Library b = library("cb-" + s, "ห้องสมุดประชาชนจังหวัดลำพูน " + s, "Lamphun " + s);
    Caller adminA = Caller.of(account("cla-" + s, Role.LIBRARY_ADMIN, a.getId()));
    Caller instructorA = Caller.of(account("cta-" + s, Role.INSTRUCTOR, a.getId()));
    Caller instructorB = Caller.of(account("ctb-" + s, Role.INSTRUCTOR, b.getId()));
    Caller learnerA = Caller.of(account("csa-" + s, Role.LEARNER, a.getId()));

    long courseA = publishedCourseWithOneLesson(instructorA, a, "งานจักสาน " + s);
    long draftA =
        callers.as(instructorA, () -> courses.create(a.getId(), "ฉบับร่าง " + s, null).getId());
    long courseB = publishedCourseWithOneLesson(instructorB, b, "ผ้าทอมือ " + s);
    callers.as(
        learnerA,
        () -> {
          learning.enrol(courseA);
          Lesson only = courses.get(courseA).lessons().get(0);
          return learning.completeLesson(courseA, only.getId());
        });

    callers.as(
        adminA,
        () -> {
          assertEquals(2, courses.countOfLibrary(a.getId(), null));
          List<Course> listed = courses.ofLibrary(a.getId(), null, 0, 20);
          assertEquals(List.of(courseA, draftA), listed.stream().map(Course::getId).toList());
          Map<Long, CourseFigures> figures = learning.figuresOf(List.of(courseA, draftA));
          assertEquals(new CourseFigures(1, 1), figures.get(courseA));
          assertEquals(null, figures.get(draftA), "no enrolment, no row");
          assertEquals(1, courses.ofLibrary(a.getId(), null, 1, 20).size(), "pages by title");
          assertEquals(
              List.of(draftA),
              courses.ofLibrary(a.getId(), "ฉบับร่าง " + s, 0, 20).stream()
                  .map(Course::getId)
                  .toList(),
              "searched by title");
          assertEquals(0, courses.countOfLibrary(a.getId(), "100%_" + s), "no wildcards");

          assertThrows(
              AccessDeniedException.class, () -> courses.ofLibrary(b.getId(), null, 0, 20));
          assertThrows(AccessDeniedException.class, () -> courses.countOfLibrary(b.getId(), null));
          assertThrows(AccessDeniedException.class, () -> courses.ofLibrary(null, null, 0, 20));
          assertThrows(AccessDeniedException.class, () -> courses.countOfLibrary(null, null));
          assertThrows(
              AccessDeniedException.class, () -> learning.figuresOf(List.of(courseA, courseB)));
          assertThrows(AccessDeniedException.class, () -> courses.archive(courseB));

          assertEquals(CourseStatus.ARCHIVED, courses.archive(courseA).getStatus());
          assertEquals(CourseStatus.PUBLISHED, courses.restore(courseA).getStatus());
          return null;
        });

    callers.as(
        instructorA,
        () ->
            assertThrows(
                AccessDeniedException.class, () -> courses.ofLibrary(a.getId(), null, 0, 20)));
    callers.as(
        instructorA,
        () ->
            assertThrows(AccessDeniedException.class, () -> learning.figuresOf(List.of(courseA))));

    callers.asSystem(
        () -> {
          assertEquals(
              List.of(courseB),
              courses.ofLibrary(b.getId(), null, 0, 20).stream().map(Course::getId).toList());
          assertTrue(courses.countOfLibrary(null, null) >= 3, "every library's courses");
          assertEquals(
              new CourseFigures(0, 0),
              learning.figuresOf(List.of(courseB)).getOrDefault(courseB, CourseFigures.NONE));
          return null;
        });
  }

  private long publishedCourseWithOneLesson(Caller instructor, Library library, String title) {
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library.getId(), title, null);
          Lesson lesson =
              courses.addLesson(courses.addSection(course.getId(), "บทที่ 1").getId(), "บทเรียน");
          courses.saveLessonText(lesson.getId(), "<p>เนื้อหา</p>");
          courses.publish(course.getId());
          return course.getId();
        });
  }

  private Library library(String code, String nameTh, String nameEn) {
    return callers.asSystem(() -> libraries.add(new LibraryDetails(code, nameTh, nameEn, "ลำปาง")));
  }

  private Account account(String username, Role role, long library) {
    return accounts.create(
        username,
        "pw-" + username + "-long",
        "ชื่อ " + username,
        "Name " + username,
        role,
        library);
  }
}
