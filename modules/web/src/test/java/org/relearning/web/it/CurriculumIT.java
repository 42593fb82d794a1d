package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.CertificateSweep;
import org.relearning.certificate.PathCertificates;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumCompleted;
import org.relearning.learning.curriculum.CurriculumCover;
import org.relearning.learning.curriculum.CurriculumDetails;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathEnrolment;
import org.relearning.learning.curriculum.PathProgress;
import org.relearning.learning.curriculum.PathProgress.State;
import org.relearning.learning.curriculum.PathReport;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Career paths: completion by required courses plus an elective count, counted from courses
 * completed before and after enrolling in the path, once; authoring refused across libraries; the
 * API with the calling learner's progress.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("relearn.war")))
        .addClass(PathCompletions.class);
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private LearningService learning;
  @Inject private CurriculumService curricula;
  @Inject private PathCompletions completions;
  @Inject private PathCertificates pathCertificates;
  @Inject private CertificateService certificates;
  @Inject private CertificateSweep sweep;
  @Resource private UserTransaction tx;

  @PersistenceContext(unitName = "certificate")
  private EntityManager certificateStore;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Four one-lesson courses of a fresh instructor; the path needs A and B and one of C, D. */
  private record Fixture(
      String suffix,
      long library,
      Caller instructor,
      Caller learner,
      long curriculumId,
      List<Long> courseIds,
      List<Long> lessonIds) {}

  private Fixture fixture() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor =
        Caller.of(
            accounts.create(
                "pt-" + suffix,
                "pw-" + suffix,
                "ครูเส้นทาง",
                "Path Teacher",
                Role.INSTRUCTOR,
                library));
    Caller learner =
        Caller.of(
            accounts.create(
                "pl-" + suffix,
                "pw-" + suffix,
                "ผู้เรียน เส้นทาง",
                "Path Learner",
                Role.LEARNER,
                library));
    long[] course = new long[4];
    long[] lesson = new long[4];
    String[] names = {"ขนมชั้น", "ความปลอดภัยอาหาร", "ตั้งราคา", "ขายออนไลน์"};
    long curriculumId =
        callers.as(
            instructor,
            () -> {
              for (int i = 0; i < 4; i++) {
                Course c = courses.create(library, names[i] + " " + suffix, null);
                Section s = courses.addSection(c.getId(), "บทที่ 1");
                Lesson l = courses.addLesson(s.getId(), "บทเรียน");
                courses.saveLessonText(l.getId(), "<p>เนื้อหา</p>");
                courses.publish(c.getId());
                course[i] = c.getId();
                lesson[i] = l.getId();
              }
              Curriculum path = curricula.create(library, "ผู้ประกอบการขนมไทย " + suffix);
              curricula.addCourse(path.getId(), course[0], true);
              curricula.addCourse(path.getId(), course[1], true);
              curricula.addCourse(path.getId(), course[2], false);
              curricula.addCourse(path.getId(), course[3], false);
              curricula.updateDetails(
                  path.getId(),
                  new CurriculumDetails(
                      path.getTitle(),
                      "ทำ ขาย และตั้งราคาขนมไทย",
                      CourseCategory.FOOD_DESSERTS,
                      "ผู้ที่อยากมีอาชีพที่สอง",
                      1,
                      true));
              curricula.publish(path.getId());
              return path.getId();
            });
    return new Fixture(
        suffix,
        library,
        instructor,
        learner,
        curriculumId,
        List.of(course[0], course[1], course[2], course[3]),
        List.of(lesson[0], lesson[1], lesson[2], lesson[3]));
  }

  private void complete(Fixture f, int i) {
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseIds().get(i));
          return learning.completeLesson(f.courseIds().get(i), f.lessonIds().get(i));
        });
  }

  private PathProgress progress(Fixture f) {
    return callers.as(f.learner(), () -> curricula.myProgress(f.curriculumId()));
  }

  @Test
  void aPathCompletesOnceWhenTheRequiredCoursesAndEnoughElectivesAreDone(
      @ArquillianResource URL base) throws Exception {
    Fixture f = fixture();
    complete(f, 0);

    PathEnrolment first = callers.as(f.learner(), () -> curricula.enrol(f.curriculumId()));
    PathProgress p = progress(f);
    assertTrue(p.enrolled());
    assertFalse(p.completed());
    assertEquals(
        List.of(State.DONE, State.IN_PROGRESS, State.IN_PROGRESS, State.IN_PROGRESS),
        p.steps().stream().map(PathProgress.Step::state).toList(),
        "the course completed before enrolling counts; the others are enrolled in one step");
    assertEquals(List.of(f.courseIds().get(1)), ids(p.requiredLeft()));
    assertEquals(1, p.electivesLeft());
    assertEquals(f.courseIds().get(1), p.next().courseId());
    int enrolments = callers.as(f.learner(), () -> learning.myEnrolments().size());

    PathEnrolment again = callers.as(f.learner(), () -> curricula.enrol(f.curriculumId()));
    assertEquals(first.getId(), again.getId(), "enrolling twice changes nothing");
    assertEquals(enrolments, callers.as(f.learner(), () -> learning.myEnrolments().size()));

    complete(f, 1);
    p = progress(f);
    assertFalse(p.completed(), "required done, but no elective yet");
    assertTrue(p.requiredLeft().isEmpty());
    assertEquals(1, p.electivesLeft());
    assertEquals(f.courseIds().get(2), p.next().courseId(), "the first elective in order");
    assertTrue(completions.of(f.curriculumId()).isEmpty());

    complete(f, 3);
    p = progress(f);
    assertTrue(p.completed(), "one of the two electives is enough");
    assertNull(p.next());
    List<CurriculumCompleted> events = completions.of(f.curriculumId());
    assertEquals(1, events.size());
    assertEquals(first.getId(), events.get(0).pathEnrolmentId());
    assertEquals(f.learner().accountId(), events.get(0).accountId());
    assertEquals(
        List.of(f.courseIds().get(0), f.courseIds().get(1), f.courseIds().get(3)),
        events.get(0).completedCourseIds());

    Certificate issued = pathCertificates.ofPathEnrolment(first.getId()).orElseThrow();
    assertTrue(issued.isForPath());
    assertEquals("ผู้ประกอบการขนมไทย " + f.suffix(), issued.getCourseTitle());
    assertEquals(
        List.of(
            "ขนมชั้น " + f.suffix(), "ความปลอดภัยอาหาร " + f.suffix(), "ขายออนไลน์ " + f.suffix()),
        issued.getPathCourses(),
        "the path certificate lists the courses completed on it");
    assertEquals("ผู้เรียน เส้นทาง", issued.getLearnerNameTh());
    assertEquals(
        issued.getUid(),
        certificates.verify(issued.getCode()).orElseThrow().getUid(),
        "verifiable");
    byte[] pdf =
        callers.as(
            f.learner(),
            () ->
                certificates.renderPdf(
                    issued.getUid(), Locale.forLanguageTag("th"), "https://example.org/verify/"));
    String printed = pdfText(pdf).replaceAll("\\s+", "");
    assertTrue(
        printed.contains(
            ("หลักสูตรที่เรียนจบ:ขนมชั้น" + f.suffix() + "·ความปลอดภัยอาหาร" + f.suffix())
                .replaceAll("\\s+", "")),
        printed);

    String learnerLogin = f.learner().username() + ":pw-" + f.suffix();
    JsonObject entry =
        array(get(base, "api/v1/certificates", learnerLogin).body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("id").equals(issued.getUid()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        !entry.containsKey("courseId") || entry.isNull("courseId"),
        "a path certificate has no course: " + entry);
    assertEquals(f.curriculumId(), entry.getJsonNumber("curriculumId").longValue());
    assertEquals(3, entry.getJsonArray("pathCourses").size());
    String jws =
        get(base, "api/v1/certificates/" + issued.getUid() + "/credential", learnerLogin).body();
    JsonObject achievement =
        object(
                new String(
                    Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8))
            .getJsonObject("credentialSubject")
            .getJsonObject("achievement");
    assertTrue(
        achievement.getString("id").endsWith("/api/v1/curricula/" + f.curriculumId()),
        achievement.toString());
    assertTrue(
        achievement.getString("description").contains("ขายออนไลน์ " + f.suffix()),
        achievement.toString());

    // as if issuing had failed after the path's completion committed
    tx.begin();
    certificateStore
        .createQuery("DELETE FROM Certificate c WHERE c.uid = :uid")
        .setParameter("uid", issued.getUid())
        .executeUpdate();
    tx.commit();
    assertTrue(pathCertificates.ofPathEnrolment(first.getId()).isEmpty());
    assertTrue(sweep.issueMissing() >= 1);
    Certificate reissued = pathCertificates.ofPathEnrolment(first.getId()).orElseThrow();
    assertEquals(issued.getPathCourses(), reissued.getPathCourses(), "the sweep issues it again");
    sweep.issueMissing();
    assertEquals(
        1,
        callers.as(f.learner(), () -> certificates.mine()).stream()
            .filter(Certificate::isForPath)
            .count(),
        "and only once");

    complete(f, 2);
    callers.as(f.learner(), () -> curricula.enrol(f.curriculumId()));
    assertEquals(1, completions.of(f.curriculumId()).size(), "completed exactly once");
    assertEquals(
        1,
        callers.as(f.learner(), () -> certificates.mine()).stream()
            .filter(Certificate::isForPath)
            .count(),
        "one path certificate");

    PathReport report = callers.as(f.instructor(), () -> curricula.report(f.curriculumId()));
    assertEquals(1, report.enrolled());
    assertEquals(1, report.completed());
    assertEquals(
        List.of(1, 1, 1, 1),
        report.courses().stream().map(PathReport.CourseRow::completed).toList());
    assertEquals(List.of(0, 0, 0, 0, 1), report.reached(), "the learner got through all four");
    HttpResponse<String> csv =
        get(
            base,
            "author/curriculum-report.csv?id=" + f.curriculumId(),
            f.instructor().username() + ":pw-" + f.suffix());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("ขายออนไลน์ " + f.suffix() + ",เลือกเรียน,1,1"), csv.body());
    assertEquals(
        403,
        get(
                base,
                "author/curriculum-report.csv?id=" + f.curriculumId(),
                f.learner().username() + ":pw-" + f.suffix())
            .statusCode());
  }

  @Test
  void coursesAllCompletedBeforeEnrollingCompleteThePathAtEnrolment() {
    Fixture f = fixture();
    complete(f, 0);
    complete(f, 1);
    complete(f, 2);
    assertFalse(progress(f).enrolled());
    assertTrue(progress(f).ruleMet(), "the rule is met, but the learner does not follow the path");
    assertTrue(completions.of(f.curriculumId()).isEmpty());

    callers.as(f.learner(), () -> curricula.enrol(f.curriculumId()));
    assertTrue(progress(f).completed());
    assertEquals(1, completions.of(f.curriculumId()).size());
  }

  @Test
  void onlyTheOwningLibrarysAuthorsChangeAPath() {
    Fixture f = fixture();
    String suffix = f.suffix();
    long other =
        libraries.create("P" + suffix, "ห้องสมุด " + suffix, "Library " + suffix, "ลำปาง").getId();
    Caller farInstructor =
        Caller.of(
            accounts.create(
                "pfi-" + suffix, "pw-" + suffix, "ครูไกล", "Far Teacher", Role.INSTRUCTOR, other));
    Caller farAdmin =
        Caller.of(
            accounts.create(
                "pfa-" + suffix, "pw-" + suffix, "ไกล", "Far Admin", Role.LIBRARY_ADMIN, other));
    Caller homeAdmin =
        Caller.of(
            accounts.create(
                "pha-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์",
                "Home Admin",
                Role.LIBRARY_ADMIN,
                f.library()));
    long id = f.curriculumId();
    long course = f.courseIds().get(0);

    for (Caller stranger : List.of(farInstructor, farAdmin, f.learner())) {
      callers.as(
          stranger,
          () -> {
            assertThrows(AccessDeniedException.class, () -> curricula.getForEditing(id));
            assertThrows(AccessDeniedException.class, () -> curricula.removeCourse(id, course));
            assertThrows(AccessDeniedException.class, () -> curricula.moveCourse(id, course, 3));
            assertThrows(
                AccessDeniedException.class, () -> curricula.setRequired(id, course, false));
            assertThrows(
                AccessDeniedException.class,
                () ->
                    curricula.updateDetails(
                        id, new CurriculumDetails("x", null, null, null, 0, false)));
            assertThrows(
                AccessDeniedException.class, () -> curricula.create(f.library(), "ของฉัน"));
            assertThrows(AccessDeniedException.class, () -> curricula.report(id));
            return null;
          });
    }
    Curriculum unchanged = callers.as(f.instructor(), () -> curricula.getForEditing(id));
    assertEquals(4, unchanged.getCourses().size());
    assertEquals(course, unchanged.getCourses().get(0).getCourseId());
    assertTrue(unchanged.getCourses().get(0).isRequired());

    long farCourse =
        callers.as(farInstructor, () -> courses.create(other, "หลักสูตรไกล", null).getId());
    long farPath = callers.as(farAdmin, () -> curricula.create(other, "เส้นทางไกล").getId());
    assertEquals(
        "curriculum.course.otherLibrary",
        callers
            .as(
                f.instructor(),
                () ->
                    assertThrows(
                        BusinessException.class, () -> curricula.addCourse(id, farCourse, false)))
            .messageKey());
    callers.as(
        homeAdmin,
        () -> {
          assertThrows(AccessDeniedException.class, () -> curricula.getForEditing(farPath));
          assertTrue(
              curricula.authoredByCaller().stream().noneMatch(c -> c.getId() == farPath),
              "another library's paths are not listed");
          curricula.moveCourse(id, course, 3);
          return null;
        });
    assertEquals(
        course,
        callers
            .as(f.instructor(), () -> curricula.getForEditing(id))
            .getCourses()
            .get(3)
            .getCourseId(),
        "the home library's administrator reorders the path");
    callers.as(
        f.learner(), () -> assertThrows(NotFoundException.class, () -> curricula.get(farPath)));
  }

  @Test
  void aPathIsPublishedOnlyWhenALearnerCanFinishIt() {
    Fixture f = fixture();
    callers.as(
        f.instructor(),
        () -> {
          Curriculum path = curricula.create(f.library(), "ร่าง " + f.suffix());
          assertEquals(
              "curriculum.publish.noCourses",
              assertThrows(BusinessException.class, () -> curricula.publish(path.getId()))
                  .messageKey());
          Course draft = courses.create(f.library(), "ยังไม่เผยแพร่ " + f.suffix(), null);
          curricula.addCourse(path.getId(), f.courseIds().get(0), false);
          curricula.addCourse(path.getId(), draft.getId(), true);
          assertEquals(
              "curriculum.electiveCount.outOfRange",
              assertThrows(
                      BusinessException.class,
                      () ->
                          curricula.updateDetails(
                              path.getId(),
                              new CurriculumDetails("ร่าง", null, null, null, 2, false)))
                  .messageKey());
          assertEquals(
              "curriculum.publish.draftCourse",
              assertThrows(BusinessException.class, () -> curricula.publish(path.getId()))
                  .messageKey());
          assertEquals(
              "curriculum.course.already",
              assertThrows(
                      BusinessException.class,
                      () -> curricula.addCourse(path.getId(), draft.getId(), false))
                  .messageKey());
          return path;
        });
    long draftPath =
        callers.as(
            f.instructor(),
            () ->
                curricula.authoredByCaller().stream()
                    .filter(c -> c.getTitle().equals("ร่าง " + f.suffix()))
                    .findFirst()
                    .orElseThrow()
                    .getId());
    callers.as(
        f.learner(),
        () -> {
          assertThrows(NotFoundException.class, () -> curricula.enrol(draftPath));
          assertTrue(curricula.catalog().stream().noneMatch(c -> c.getId() == draftPath));
          assertTrue(curricula.catalog().stream().anyMatch(c -> c.getId() == f.curriculumId()));
          return null;
        });
  }

  @Test
  void theApiListsPathsAndGivesTheCallingLearnerTheirProgress(@ArquillianResource URL base)
      throws Exception {
    Fixture f = fixture();
    complete(f, 0);
    callers.as(f.learner(), () -> curricula.enrol(f.curriculumId()));

    HttpResponse<String> list = get(base, "api/v1/curricula", null);
    assertEquals(200, list.statusCode());
    JsonObject listed =
        array(list.body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("id").longValue() == f.curriculumId())
            .findFirst()
            .orElseThrow();
    assertEquals("UTT", listed.getJsonObject("library").getString("code"));
    assertEquals(4, listed.getJsonArray("courses").size());

    HttpResponse<String> anonymous = get(base, "api/v1/curricula/" + f.curriculumId(), null);
    assertEquals(200, anonymous.statusCode());
    JsonObject path = object(anonymous.body());
    assertEquals(1, path.getInt("electiveCount"));
    JsonArray pathCourses = path.getJsonArray("courses");
    assertTrue(pathCourses.getJsonObject(0).getBoolean("required"));
    assertFalse(pathCourses.getJsonObject(2).getBoolean("required"));
    assertTrue(!path.containsKey("progress") || path.isNull("progress"), anonymous.body());

    HttpResponse<String> mine =
        get(
            base,
            "api/v1/curricula/" + f.curriculumId(),
            f.learner().username() + ":pw-" + f.suffix());
    assertEquals(200, mine.statusCode());
    JsonObject progress = object(mine.body()).getJsonObject("progress");
    assertTrue(progress.getBoolean("enrolled"), mine.body());
    assertFalse(progress.getBoolean("completed"));
    assertEquals(1, progress.getInt("electivesLeft"));
    assertEquals(
        f.courseIds().get(1).longValue(), progress.getJsonNumber("nextCourseId").longValue());
    assertEquals(
        "DONE", object(mine.body()).getJsonArray("courses").getJsonObject(0).getString("state"));

    assertEquals(404, get(base, "api/v1/curricula/999999999", null).statusCode());
    assertTrue(get(base, "../openapi", null).body().contains("curricula/{id}"), "documented");
  }

  @Test
  void anotherLibraryAdoptsAPathWithItsCoursesAndLearnersThereCompleteIt(
      @ArquillianResource URL base) throws Exception {
    Fixture f = fixture();
    String suffix = f.suffix();
    long lampang =
        libraries.create("A" + suffix, "ห้องสมุด " + suffix, "Lampang " + suffix, "ลำปาง").getId();
    long phrae =
        libraries.create("B" + suffix, "ห้องสมุด " + suffix, "Phrae " + suffix, "แพร่").getId();
    Caller farInstructor =
        Caller.of(
            accounts.create(
                "pai-" + suffix,
                "pw-" + suffix,
                "ครูลำปาง",
                "Lampang Teacher",
                Role.INSTRUCTOR,
                lampang));
    Caller farLearner =
        Caller.of(
            accounts.create(
                "pal-" + suffix,
                "pw-" + suffix,
                "ผู้เรียนลำปาง",
                "Lampang Learner",
                Role.LEARNER,
                lampang));

    HttpResponse<String> adopted =
        post(
            base,
            "api/v1/curricula/" + f.curriculumId() + "/adopt?library=" + lampang,
            farInstructor.username() + ":pw-" + suffix);
    assertEquals(200, adopted.statusCode(), adopted.body());
    JsonObject answer = object(adopted.body());
    assertEquals(0, answer.getJsonArray("problems").size(), adopted.body());
    long copyId = answer.getJsonNumber("curriculumId").longValue();
    List<Long> copies =
        answer.getJsonArray("courseIds").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::longValue)
            .toList();

    List<Long> lessons =
        callers.as(
            farInstructor,
            () -> {
              Curriculum copy = curricula.getForEditing(copyId);
              assertEquals(lampang, copy.getLibraryId());
              assertFalse(copy.isPublished(), "a draft the library reviews");
              Curriculum original = curricula.get(f.curriculumId());
              assertEquals(original.getTitle(), copy.getTitle());
              assertEquals(original.getSummary(), copy.getSummary());
              assertEquals(original.getTargetLearners(), copy.getTargetLearners());
              assertEquals(CourseCategory.FOOD_DESSERTS, copy.getCategory());
              assertEquals(1, copy.getElectiveCount());
              assertTrue(copy.isOrderRecommended());
              assertEquals(
                  List.of(true, true, false, false),
                  copy.getCourses().stream().map(c -> c.isRequired()).toList());
              assertEquals(copies, copy.getCourses().stream().map(c -> c.getCourseId()).toList());
              List<Long> lessonIds = new java.util.ArrayList<>();
              for (int i = 0; i < 4; i++) {
                Course course = courses.getForEditing(copies.get(i));
                assertEquals(lampang, course.getLibraryId(), "each course is adopted too");
                assertFalse(f.courseIds().contains(course.getId()));
                assertEquals(
                    courses.get(f.courseIds().get(i)).getTitle(), course.getTitle(), "in order");
                assertFalse(course.isPublished());
                courses.publish(course.getId());
                lessonIds.add(course.lessons().get(0).getId());
              }
              curricula.publish(copyId);
              return lessonIds;
            });

    for (int i : new int[] {0, 1, 3}) {
      int at = i;
      callers.as(
          farLearner,
          () -> {
            if (at == 0) {
              curricula.enrol(copyId);
            }
            return learning.completeLesson(copies.get(at), lessons.get(at));
          });
    }
    assertTrue(
        callers.as(farLearner, () -> curricula.myProgress(copyId)).completed(),
        "both required courses and one elective of the adopted path");

    callers.as(
        farInstructor,
        () -> {
          int before = courses.authoredByCaller().size();
          assertThrows(
              AccessDeniedException.class,
              () -> curricula.adopt(f.curriculumId(), phrae),
              "only into a library of their own");
          assertEquals(
              "curriculum.adopt.ownLibrary",
              assertThrows(BusinessException.class, () -> curricula.adopt(copyId, lampang))
                  .messageKey());
          assertEquals(before, courses.authoredByCaller().size(), "a refusal copies nothing");
          return null;
        });
    long draft =
        callers.as(f.instructor(), () -> curricula.create(f.library(), "ร่าง " + suffix).getId());
    callers.as(
        farInstructor,
        () ->
            assertThrows(
                NotFoundException.class,
                () -> curricula.adopt(draft, lampang),
                "a draft path is in no catalog to adopt"));
    callers.as(
        f.learner(),
        () ->
            assertThrows(
                AccessDeniedException.class, () -> curricula.adopt(f.curriculumId(), lampang)));
    callers.as(
        f.instructor(),
        () -> {
          courses.archive(f.courseIds().get(3));
          return null;
        });
    callers.as(
        farInstructor,
        () -> {
          int before = courses.authoredByCaller().size();
          BusinessException refused =
              assertThrows(
                  BusinessException.class, () -> curricula.adopt(f.curriculumId(), lampang));
          assertEquals("curriculum.adopt.courseUnavailable", refused.messageKey());
          assertEquals(
              before,
              courses.authoredByCaller().size(),
              "the three courses adopted before the archived one are rolled back");
          return null;
        });
  }

  /** A one-pixel PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  @Test
  void aPathCoverIsAPictureEveryoneSeesOncePublishedAndOnlyItsAuthorsChange(
      @ArquillianResource URL base) throws Exception {
    Fixture f = fixture();
    long first =
        callers.as(
            f.instructor(),
            () ->
                curricula
                    .setCover(f.curriculumId(), "ปก.png", new ByteArrayInputStream(PNG))
                    .getCoverMediaId());
    HttpResponse<byte[]> shown = getBytes(base, "path-covers/" + first);
    assertEquals(200, shown.statusCode());
    assertTrue(
        shown.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
        "served as the picture it is");
    assertArrayEquals(PNG, shown.body());
    assertTrue(get(base, "catalog.xhtml", null).body().contains("path-covers/" + first));

    long second =
        callers.as(
            f.instructor(),
            () ->
                curricula
                    .setCover(f.curriculumId(), "ใหม่.png", new ByteArrayInputStream(PNG))
                    .getCoverMediaId());
    assertNotEquals(first, second);
    assertEquals(404, getBytes(base, "path-covers/" + first).statusCode(), "a replaced cover goes");

    callers.as(
        f.instructor(),
        () -> {
          byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
          assertThrows(
              BusinessException.class,
              () -> curricula.setCover(f.curriculumId(), "ปก.png", new ByteArrayInputStream(page)),
              "a web page named like a picture");
          byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
          assertEquals(
              "media.refused.wrongKind",
              assertThrows(
                      BusinessException.class,
                      () ->
                          curricula.setCover(
                              f.curriculumId(), "ปก.pdf", new ByteArrayInputStream(pdf)))
                  .messageKey());
          byte[] huge = java.util.Arrays.copyOf(PNG, CurriculumCover.MAX_BYTES + 1);
          assertEquals(
              "media.refused.tooLarge",
              assertThrows(
                      BusinessException.class,
                      () ->
                          curricula.setCover(
                              f.curriculumId(), "ใหญ่.png", new ByteArrayInputStream(huge)))
                  .messageKey());
          return null;
        });
    assertEquals(
        second,
        curricula.findCurriculum(f.curriculumId()).orElseThrow().getCoverMediaId(),
        "a refused upload keeps the cover");

    long other =
        libraries.create("C" + f.suffix(), "ห้องสมุด " + f.suffix(), "Other", "น่าน").getId();
    Caller stranger =
        Caller.of(
            accounts.create(
                "pcs-" + f.suffix(),
                "pw-" + f.suffix(),
                "ครูอื่น",
                "Other",
                Role.INSTRUCTOR,
                other));
    callers.as(
        stranger,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () ->
                    curricula.setCover(f.curriculumId(), "x.png", new ByteArrayInputStream(PNG))));
    long draftCover =
        callers.as(
            f.instructor(),
            () -> {
              Curriculum draft = curricula.create(f.library(), "ร่างมีปก " + f.suffix());
              return curricula
                  .setCover(draft.getId(), "ปก.png", new ByteArrayInputStream(PNG))
                  .getCoverMediaId();
            });
    assertEquals(
        404, getBytes(base, "path-covers/" + draftCover).statusCode(), "a draft's cover is hidden");

    long adopted =
        callers.as(stranger, () -> curricula.adopt(f.curriculumId(), other).curriculum().getId());
    callers.as(
        stranger,
        () -> {
          Long copied = curricula.getForEditing(adopted).getCoverMediaId();
          assertNotNull(copied, "an adopted path keeps its cover");
          assertNotEquals(second, copied.longValue());
          assertArrayEquals(PNG, curricula.cover(copied).getData());
          return null;
        });
  }

  private HttpResponse<byte[]> getBytes(URL base, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> post(URL base, String path, String basic) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(URL base, String path, String basic) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (basic != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static JsonObject object(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static List<Long> ids(List<PathProgress.Step> steps) {
    return steps.stream().map(PathProgress.Step::courseId).toList();
  }
}
