package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.CertificateSweep;
import org.relearning.certificate.credential.CredentialCheck;
import org.relearning.certificate.credential.CredentialIssuer;
import org.relearning.certificate.credential.IssuerKeys;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.certificate.template.Field;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchiveReader;
import org.relearning.course.exchange.CourseArchiveWriter;
import org.relearning.course.exchange.ImportResult;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.Enrolment;
import org.relearning.learning.LearningService;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/**
 * The services inside the real server and database: a whole course taken to its certificate through
 * the events, submissions raced against each other, and requests a view would never offer.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

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
  @Inject private CertificateService certificates;
  @Inject private AuditLog audit;
  @Inject private IssuerKeys issuerKeys;
  @Inject private CredentialIssuer credentialIssuer;

  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction tx;

  @PersistenceContext(unitName = "certificate")
  private EntityManager certificateStore;

  @Inject private CertificateSweep sweep;
  @Inject private CertificateTemplates templates;

  /** A course with one text lesson and a one-question quiz, authored by a fresh instructor. */
  private record Fixture(
      Caller instructor,
      Caller learner,
      long courseId,
      long textLessonId,
      long quizId,
      String right,
      String wrong) {}

  private Fixture fixture() {
    return fixture(libraries.findByCode("UTT").orElseThrow().getId());
  }

  private Fixture fixture(long library) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Account teacher =
        accounts.create(
            "t-" + suffix, "pw-" + suffix, "ครูทดสอบ", "Test Teacher", Role.INSTRUCTOR, library);
    Account student =
        accounts.create(
            "s-" + suffix, "pw-" + suffix, "นักเรียน ทดสอบ", "Test Student", Role.LEARNER, library);
    Caller instructor = Caller.of(teacher);
    Caller learner = Caller.of(student);
    long[] ids = new long[3];
    String[] answers = new String[2];
    callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "ทองหยิบ " + suffix, null);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson text = courses.addLesson(section.getId(), "ไข่แดง");
          courses.saveLessonText(text.getId(), "<p>ใช้ไข่เป็ด</p>");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบ", 60);
          Lesson quizLesson = courses.addLesson(section.getId(), "แบบทดสอบ");
          courses.placeQuiz(quizLesson.getId(), quiz.getId());
          Question q = quizzes.addTrueFalse(quiz.getId(), "ทองหยิบใช้ไข่แดง", true);
          for (Choice c : q.getChoices()) {
            answers[c.isCorrect() ? 0 : 1] = String.valueOf(c.getId());
          }
          courses.publish(course.getId());
          ids[0] = course.getId();
          ids[1] = text.getId();
          ids[2] = quiz.getId();
          return null;
        });
    return new Fixture(instructor, learner, ids[0], ids[1], ids[2], answers[0], answers[1]);
  }

  @Test
  void passingTheQuizCompletesTheCourseAndIssuesOneCertificate() {
    Fixture f = fixture();
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseId());
          learning.completeLesson(f.courseId(), f.textLessonId());
          Attempt first = quizzes.start(f.quizId());
          quizzes.saveAnswer(first.getId(), question(f), f.wrong());
          assertEquals(0, quizzes.submit(first.getId()).getScorePercent());
          assertTrue(certificatesFor(f).isEmpty(), "no certificate after a failed quiz");
          assertEquals(
              List.of(f.quizId()),
              learning.quizzesStillToPass(f.courseId()).stream().map(Quiz::getId).toList(),
              "the learner sees which quiz is still to pass");
          assertFalse(learning.myProgress(f.courseId()).completed());

          Attempt second = quizzes.start(f.quizId());
          assertEquals(2, second.getAttemptNo());
          quizzes.saveAnswer(second.getId(), question(f), f.right());
          Attempt graded = quizzes.submit(second.getId());
          assertEquals(100, graded.getScorePercent());
          assertTrue(graded.getPassed());
          assertTrue(learning.myProgress(f.courseId()).completed());
          assertTrue(learning.quizzesStillToPass(f.courseId()).isEmpty());
          assertEquals(100, learning.myProgress(f.courseId()).percent());
          List<Certificate> issued = certificatesFor(f);
          assertEquals(1, issued.size());
          assertEquals("นักเรียน ทดสอบ", issued.get(0).getLearnerNameTh());
          assertEquals(
              issued.get(0).getUid(),
              certificates.verify(issued.get(0).getCode()).orElseThrow().getUid());
          return null;
        });
  }

  @Test
  void anAdministratorIssuesByHandOnlyInTheirLibraryAndCorrectsANameKeepingTheCode() {
    Fixture f = fixture();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long home = libraries.findByCode("UTT").orElseThrow().getId();
    long other =
        libraries.create("X" + suffix, "ห้องสมุด " + suffix, "Library " + suffix, "ลำปาง").getId();
    Caller librarian =
        Caller.of(
            accounts.create(
                "lib-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์",
                "Librarian",
                Role.LIBRARY_ADMIN,
                home));
    Caller stranger =
        Caller.of(
            accounts.create(
                "far-" + suffix, "pw-" + suffix, "ไกล", "Far", Role.LIBRARY_ADMIN, other));
    String learner = f.learner().username();
    LocalDate day = LocalDate.now(Clocks.ZONE).minusDays(3);

    callers.as(
        f.instructor(),
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> certificates.issueByHand(learner, f.courseId(), day, "สอนในห้อง")));
    callers.as(
        stranger,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> certificates.issueByHand(learner, f.courseId(), day, "สอนในห้อง")));
    Certificate issued =
        callers.as(
            librarian,
            () -> {
              assertEquals(
                  "certificate.issue.reasonRequired",
                  assertThrows(
                          BusinessException.class,
                          () -> certificates.issueByHand(learner, f.courseId(), day, " "))
                      .messageKey());
              assertEquals(
                  "certificate.issue.badDate",
                  assertThrows(
                          BusinessException.class,
                          () ->
                              certificates.issueByHand(
                                  learner, f.courseId(), day.plusDays(30), "สอนในห้อง"))
                      .messageKey());
              Certificate c = certificates.issueByHand(learner, f.courseId(), day, "สอนในห้อง");
              assertEquals(
                  "certificate.issue.alreadyHeld",
                  assertThrows(
                          BusinessException.class,
                          () -> certificates.issueByHand(learner, f.courseId(), day, "ซ้ำ"))
                      .messageKey());
              return c;
            });
    assertEquals(day, issued.getCompletedOn());
    assertEquals("นักเรียน ทดสอบ", issued.getLearnerNameTh());

    callers.as(
        stranger,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> certificates.correctName(issued.getUid(), "ก", "K", "สะกดผิด")));
    Certificate corrected =
        callers.as(
            librarian,
            () ->
                certificates.correctName(
                    issued.getUid(), "นักเรียน ทดสอบดี", "Test Good", "สะกดผิด"));
    assertEquals(issued.getCode(), corrected.getCode(), "the same certificate, the same code");
    assertEquals(
        "นักเรียน ทดสอบดี", certificates.verify(issued.getCode()).orElseThrow().getLearnerNameTh());
    String change =
        audit.recent(100).stream()
            .filter(e -> e.getAction().equals("certificate.nameCorrected"))
            .filter(e -> e.getSubject().endsWith(issued.getCode()))
            .map(e -> e.getDetail())
            .findFirst()
            .orElseThrow();
    assertTrue(
        change.contains("นักเรียน ทดสอบ / Test Student") && change.contains("สะกดผิด"), change);
  }

  @Test
  void certificatesOfACourseWithAValidityExpireAndMayThenBeRenewedByHand(
      @ArquillianResource URL base) throws Exception {
    Fixture f = fixture();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long home = libraries.findByCode("UTT").orElseThrow().getId();
    Caller librarian =
        Caller.of(
            accounts.create(
                "lv-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์",
                "Librarian",
                Role.LIBRARY_ADMIN,
                home));
    callers.as(
        f.instructor(),
        () -> {
          assertEquals(
              "course.certificateMonths.range",
              assertThrows(
                      BusinessException.class,
                      () -> courses.setCertificateValidity(f.courseId(), 0))
                  .messageKey());
          return courses.setCertificateValidity(f.courseId(), 24);
        });
    callers.as(f.learner(), () -> quizzes.submit(readAndAnswerRightly(f).getId()));
    Certificate earned = callers.as(f.learner(), () -> certificatesFor(f).get(0));
    assertEquals(
        earned.getCompletedOn().plusMonths(24).minusDays(1),
        earned.getExpiresOn(),
        "valid through the day before the same date two years on");

    LocalDate longAgo = LocalDate.now(Clocks.ZONE).minusMonths(30);
    Certificate old =
        callers.as(
            librarian,
            () -> {
              certificates.revoke(earned.getUid(), "ทดสอบการต่ออายุ");
              return certificates.issueByHand(
                  f.learner().username(), f.courseId(), longAgo, "เรียนในห้องเมื่อสองปีก่อน");
            });
    assertTrue(old.isExpiredOn(LocalDate.now(Clocks.ZONE)));
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("verify/" + old.getCode() + "?lang=en"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue(page.body().contains("This certificate has expired."), page.body());
    Certificate renewed =
        callers.as(
            librarian,
            () ->
                certificates.issueByHand(
                    f.learner().username(), f.courseId(), LocalDate.now(Clocks.ZONE), "ทบทวนแล้ว"));
    assertFalse(renewed.isExpiredOn(LocalDate.now(Clocks.ZONE)));
    assertTrue(!renewed.getCode().equals(old.getCode()));
  }

  @Test
  void aLearnerRenewsAnExpiringCertificateByTakingTheCourseAgain() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long library =
        libraries
            .create("R" + suffix, "ห้องสมุดต่ออายุ " + suffix, "Renewal " + suffix, "น่าน")
            .getId();
    Caller librarian =
        Caller.of(
            accounts.create(
                "lr-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์",
                "Librarian",
                Role.LIBRARY_ADMIN,
                library));
    callers.as(
        librarian,
        () -> {
          TemplateDesign design = templates.current(library);
          design.getLayout().get(Field.GRADE).setVisible(true);
          return templates.save(library, design);
        });
    Fixture f = fixture(library);
    callers.as(f.instructor(), () -> courses.setCertificateValidity(f.courseId(), 24));
    callers.as(f.learner(), () -> quizzes.submit(readAndAnswerRightly(f).getId()));
    Certificate first = callers.as(f.learner(), () -> certificatesFor(f).get(0));
    assertEquals(100, first.getGradePercent(), "the quiz grade is kept on the certificate");
    callers.as(
        f.learner(),
        () -> {
          assertTrue(learning.renewalDue(f.courseId()).isEmpty(), "two years left: not due yet");
          assertEquals(
              "learn.retake.notDue",
              assertThrows(BusinessException.class, () -> learning.retake(f.courseId()))
                  .messageKey());
          return null;
        });

    // the course now keeps certificates valid for two months: renewal opens 90 days before
    callers.as(f.instructor(), () -> courses.setCertificateValidity(f.courseId(), 2));
    Enrolment round =
        callers.as(
            f.learner(),
            () -> {
              assertEquals(
                  first.getCompletedOn().plusMonths(2).minusDays(1),
                  learning.renewalDue(f.courseId()).orElseThrow());
              Enrolment second = learning.retake(f.courseId());
              assertEquals(2, second.getRoundNo());
              assertEquals(second.getId(), learning.retake(f.courseId()).getId(), "asked twice");
              assertFalse(learning.myProgress(f.courseId()).completed());
              assertEquals(0, learning.myProgress(f.courseId()).done());
              assertTrue(quizzes.myAttempts(f.quizId()).isEmpty(), "earlier attempts do not count");
              assertEquals(
                  List.of(f.quizId()),
                  learning.quizzesStillToPass(f.courseId()).stream().map(Quiz::getId).toList(),
                  "the quiz passed in the first round must be passed again");
              assertEquals(1, certificatesFor(f).size());

              learning.completeLesson(f.courseId(), f.textLessonId());
              Attempt failed = quizzes.start(f.quizId());
              assertEquals(2, failed.getAttemptNo(), "attempt numbers go on across rounds");
              quizzes.saveAnswer(failed.getId(), question(f), f.wrong());
              quizzes.submit(failed.getId());
              assertFalse(learning.myProgress(f.courseId()).completed());
              Attempt passed = quizzes.start(f.quizId());
              quizzes.saveAnswer(passed.getId(), question(f), f.right());
              quizzes.submit(passed.getId());
              assertTrue(learning.myProgress(f.courseId()).completed());
              assertEquals(
                  1,
                  learning.myEnrolments().stream()
                      .filter(e -> e.getCourseId() == f.courseId())
                      .count(),
                  "my courses list the course once");
              return second;
            });

    List<Certificate> held = callers.as(f.learner(), () -> certificatesFor(f));
    assertEquals(2, held.size(), "a new certificate for the new round");
    Certificate renewed =
        held.stream().filter(c -> !c.getUid().equals(first.getUid())).findFirst().orElseThrow();
    assertEquals(round.getId(), renewed.getEnrolmentId());
    assertNotEquals(first.getCode(), renewed.getCode());
    assertEquals(renewed.getCompletedOn().plusMonths(2).minusDays(1), renewed.getExpiresOn());
    assertEquals(100, renewed.getGradePercent(), "highest of 0 and 100 in the new round");
    assertEquals(
        first.getExpiresOn(),
        callers
            .as(f.learner(), () -> certificates.verify(first.getCode()))
            .orElseThrow()
            .getExpiresOn(),
        "the earlier certificate keeps its own validity");
    String english =
        pdfText(
            callers.as(
                f.learner(),
                () -> certificates.renderPdf(renewed.getUid(), Languages.ENGLISH, "https://x/")));
    assertTrue(english.contains("Passed (100%)"), english);
    String thai =
        pdfText(
            callers.as(
                f.learner(),
                () ->
                    certificates.renderPdf(
                        renewed.getUid(), Languages.THAI, Dates.Digits.THAI, "https://x/")));
    assertTrue(thai.replaceAll("\\s+", "").contains("ผ่าน(๑๐๐%)"), thai);
    assertEquals(
        1,
        callers.as(f.instructor(), () -> learning.learnersOf(f.courseId())).size(),
        "the instructor sees the learner once, in their latest round");
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aCourseThatAsksForASignOffCompletesOnlyWhenAnInstructorGivesIt() {
    Fixture f = fixture();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long home = libraries.findByCode("UTT").orElseThrow().getId();
    Caller stranger =
        Caller.of(
            accounts.create(
                "so-" + suffix, "pw-" + suffix, "ครูอื่น", "Other", Role.INSTRUCTOR, home));
    callers.as(f.instructor(), () -> courses.setSignOffRequired(f.courseId(), true));
    callers.as(
        f.learner(),
        () -> {
          quizzes.submit(readAndAnswerRightly(f).getId());
          assertFalse(
              learning.myProgress(f.courseId()).completed(), "lessons and quiz are not all");
          assertEquals(
              List.of("learn.signOffNeeded"),
              learning.whatIsMissing(f.courseId()).stream().map(m -> m.key()).toList());
          assertTrue(certificatesFor(f).isEmpty());
          assertThrows(
              AccessDeniedException.class,
              () -> learning.signOff(f.courseId(), f.learner().accountId()),
              "a learner cannot sign themself off");
          return null;
        });
    callers.as(
        stranger,
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> learning.signOff(f.courseId(), f.learner().accountId())));
    callers.as(
        f.instructor(),
        () -> {
          assertEquals(1, learning.learnersOf(f.courseId()).size());
          learning.signOff(f.courseId(), f.learner().accountId());
          assertTrue(learning.learnersOf(f.courseId()).get(0).enrolment().isSignedOff());
          return null;
        });
    callers.as(
        f.learner(),
        () -> {
          assertTrue(learning.myProgress(f.courseId()).completed());
          assertEquals(1, certificatesFor(f).size(), "the certificate follows the sign-off");
          return null;
        });
  }

  @Test
  void theSweepIssuesACertificateThatACompletionMissed() throws Exception {
    Fixture f = fixture();
    callers.as(f.learner(), () -> quizzes.submit(readAndAnswerRightly(f).getId()));
    Certificate first = callers.as(f.learner(), () -> certificatesFor(f).get(0));
    // as if issuing had failed after the completion committed
    tx.begin();
    certificateStore
        .createQuery("DELETE FROM Certificate c WHERE c.uid = :uid")
        .setParameter("uid", first.getUid())
        .executeUpdate();
    tx.commit();
    assertTrue(callers.as(f.learner(), () -> certificatesFor(f).isEmpty()));

    assertTrue(sweep.issueMissing() >= 1);
    List<Certificate> now = callers.as(f.learner(), () -> certificatesFor(f));
    assertEquals(1, now.size(), "issued again");
    sweep.issueMissing();
    assertEquals(1, callers.as(f.learner(), () -> certificatesFor(f).size()), "and only once");
  }

  @Test
  void parallelStartsOfAQuizGiveEveryoneTheSameAttempt() throws Exception {
    Fixture f = fixture();
    callers.as(
        f.learner(),
        () -> {
          learning.enrol(f.courseId());
          return learning.completeLesson(f.courseId(), f.textLessonId());
        });
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> starts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<Long> start =
          () -> {
            go.await();
            return callers.as(f.learner(), () -> quizzes.start(f.quizId()).getId());
          };
      starts.add(executor.submit(start));
    }
    go.countDown();
    Set<Long> attempts = new HashSet<>();
    for (Future<Long> s : starts) {
      attempts.add(s.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, attempts.size(), "a double tap never fails nor opens two attempts");
    assertEquals(1, callers.as(f.learner(), () -> quizzes.myAttempts(f.quizId()).size()));
  }

  @Test
  void twentyParallelSubmitsGiveOneGrade() throws Exception {
    Fixture f = fixture();
    long attemptId = callers.as(f.learner(), () -> readAndAnswerRightly(f).getId());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Attempt>> submits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Callable<Attempt> submit =
          () -> {
            go.await();
            return callers.as(f.learner(), () -> quizzes.submit(attemptId));
          };
      submits.add(executor.submit(submit));
    }
    go.countDown();
    Set<Integer> scores = new HashSet<>();
    for (Future<Attempt> s : submits) {
      scores.add(s.get(60, TimeUnit.SECONDS).getScorePercent());
    }
    assertEquals(Set.of(100), scores);
    callers.as(
        f.learner(),
        () -> {
          assertEquals(1, quizzes.myAttempts(f.quizId()).size());
          assertEquals(1, certificatesFor(f).size());
          assertThrows(
              BusinessException.class, () -> quizzes.saveAnswer(attemptId, question(f), f.wrong()));
          return null;
        });
    String code = callers.as(f.learner(), () -> certificatesFor(f).get(0).getCode());
    long issuedEntries =
        audit.recent(500).stream()
            .filter(
                e -> e.getAction().equals("certificate.issued") && e.getSubject().endsWith(code))
            .count();
    assertEquals(1, issuedEntries);
  }

  @Test
  void servicesRefuseWhatTheViewsWouldHide() {
    Fixture f = fixture();
    Fixture other = fixture();
    callers.as(
        f.learner(),
        () -> {
          assertThrows(
              AccessDeniedException.class, () -> courses.addSection(f.courseId(), "แอบแก้"));
          assertThrows(AccessDeniedException.class, () -> quizzes.getForEditing(f.quizId()));
          assertThrows(AccessDeniedException.class, () -> courses.create(1L, "ไม่ใช่ครู", null));
          return null;
        });
    callers.as(
        other.instructor(),
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> courses.saveLessonText(f.textLessonId(), "<p>x</p>"));
          assertThrows(
              AccessDeniedException.class, () -> quizzes.addTrueFalse(f.quizId(), "x", true));
          return null;
        });
    callers.as(
        other.learner(),
        () -> assertThrows(AccessDeniedException.class, () -> quizzes.start(f.quizId())));

    callers.as(f.learner(), () -> quizzes.submit(readAndAnswerRightly(f).getId()));
    String uid = callers.as(f.learner(), () -> certificatesFor(f).get(0).getUid());
    callers.as(
        other.learner(),
        () -> {
          assertThrows(NotFoundException.class, () -> certificates.getForHolderOrAdmin(uid));
          assertThrows(AccessDeniedException.class, () -> certificates.revoke(uid, "ลองดู"));
          return null;
        });
    callers.as(
        f.instructor(),
        () ->
            assertThrows(
                AccessDeniedException.class, () -> certificates.revoke(uid, "ครูเพิกถอนเอง")));
  }

  @Test
  void storedLessonHtmlIsCleaned() {
    Fixture f = fixture();
    String dirty =
        "<p onclick=\"steal()\">น้ำกะทิ</p><script>alert(1)</script>"
            + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">ลิงก์</a>"
            + "<svg onload=alert(4)></svg><p><b>ตัวหนา</b></p>";
    String stored =
        callers.as(
            f.instructor(),
            () ->
                courses.saveLessonText(f.textLessonId(), dirty).getBlocks().stream()
                    .map(ContentBlock::getBody)
                    .findFirst()
                    .orElseThrow());
    assertFalse(stored.contains("<script"), stored);
    assertFalse(stored.toLowerCase().contains("onerror"), stored);
    assertFalse(stored.toLowerCase().contains("onclick"), stored);
    assertFalse(stored.toLowerCase().contains("javascript:"), stored);
    assertFalse(stored.toLowerCase().contains("<svg"), stored);
    assertTrue(stored.contains("น้ำกะทิ"), stored);
    assertTrue(stored.contains("<b>ตัวหนา</b>"), stored);
  }

  @Test
  void catalogSearchFindsThaiInsideWords() {
    Fixture f = fixture();
    String title = courses.findCourse(f.courseId()).orElseThrow().getTitle();
    String suffix = title.substring(title.indexOf(' ') + 1);
    assertTrue(ids(courses.search("หยิบ " + suffix)).contains(f.courseId()), "substring of a word");
    assertTrue(ids(courses.search("ทองหยิบ")).contains(f.courseId()));
    assertFalse(ids(courses.search("ทองหยอด")).contains(f.courseId()));
    assertTrue(courses.search("%_%" + suffix).isEmpty(), "wildcards are literal");
  }

  @Test
  @RunAsClient
  void theApiAnswersInJsonWithBasicAuth(@ArquillianResource URL base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> catalog = get(http, base, "api/v1/courses?q=" + enc("ขนมไทย"), null);
    assertEquals(200, catalog.statusCode());
    assertTrue(catalog.body().contains("การทำขนมไทยเพื่ออาชีพที่สอง"), catalog.body());
    assertTrue(catalog.body().contains("Uttaradit Provincial Public Library"), catalog.body());
    assertEquals("[]", get(http, base, "api/v1/courses?q=" + enc("ไม่มีหลักสูตรนี้"), null).body());

    Matcher demo =
        Pattern.compile(
                "\\{\"id\":(\\d+),\"library\":\\{[^}]*\\},\"title\":\"การทำขนมไทยเพื่ออาชีพที่สอง\"")
            .matcher(catalog.body());
    assertTrue(demo.find(), catalog.body());
    HttpResponse<String> outline = get(http, base, "api/v1/courses/" + demo.group(1), null);
    assertEquals(200, outline.statusCode());
    assertTrue(outline.body().contains("ขนมชั้นใบเตย"), outline.body());
    HttpResponse<String> missing = get(http, base, "api/v1/courses/999999", null);
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("error.notFound"), missing.body());

    HttpResponse<String> anonymous = get(http, base, "api/v1/certificates", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, get(http, base, "api/v1/certificates", "learner:wrong").statusCode());
    HttpResponse<String> mine = get(http, base, "api/v1/certificates", "learner:" + DEMO_PASSWORD);
    assertEquals(200, mine.statusCode());
    assertTrue(mine.body().contains("สมศรี ใจดี"), mine.body());
    assertFalse(mine.body().contains("\"passwordHash\""), mine.body());
    HttpResponse<String> instructors =
        get(http, base, "api/v1/certificates", "instructor:" + DEMO_PASSWORD);
    assertEquals("[]", instructors.body(), "an instructor sees only their own certificates");

    String demoCourse = demo.group(1);
    String again =
        "{\"username\":\"learner\",\"courseId\":"
            + demoCourse
            + ",\"completedOn\":\"2026-01-15\",\"reason\":\"สอนในห้องสมุด\"}";
    HttpResponse<String> issuedTwice =
        postJson(http, base, "api/v1/certificates", "librarian:" + DEMO_PASSWORD, again);
    assertEquals(400, issuedTwice.statusCode());
    assertTrue(issuedTwice.body().contains("certificate.issue.alreadyHeld"), issuedTwice.body());
    assertEquals(
        403,
        postJson(http, base, "api/v1/certificates", "instructor:" + DEMO_PASSWORD, again)
            .statusCode());
    assertEquals(
        401,
        post(http, base, "api/v1/certificates", null, again.getBytes(StandardCharsets.UTF_8))
            .statusCode());

    HttpResponse<String> openapi = get(http, base, "../openapi", null);
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("v1/courses"), openapi.body());
  }

  private static final String DEMO_PASSWORD =
      System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");

  @Test
  @RunAsClient
  void textIsSentCompressedToBrowsersThatAcceptGzip(@ArquillianResource URL base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI catalog = base.toURI().resolve("catalog.xhtml?lang=th");
    HttpResponse<byte[]> gzipped =
        http.send(
            HttpRequest.newBuilder(catalog).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, gzipped.statusCode());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
    String page =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertTrue(page.contains("การทำขนมไทยเพื่ออาชีพที่สอง"), "the page inflates to itself");

    HttpResponse<String> plain =
        http.send(HttpRequest.newBuilder(catalog).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not asked: not sent");
    assertTrue(gzipped.body().length * 3 < plain.body().getBytes(StandardCharsets.UTF_8).length);

    Matcher script = Pattern.compile("src=\"([^\"]*components\\.js[^\"]*)\"").matcher(page);
    assertTrue(script.find(), "the page loads PrimeFaces' scripts");
    URI js = base.toURI().resolve(script.group(1).replace("&amp;", "&"));
    HttpResponse<byte[]> scripts =
        http.send(
            HttpRequest.newBuilder(js).header("Accept-Encoding", "gzip, deflate").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", scripts.headers().firstValue("Content-Encoding").orElse(""));
    long declared = scripts.headers().firstValueAsLong("Content-Length").orElse(-1);
    assertTrue(declared == -1 || declared == scripts.body().length, "no stale length");
    assertTrue(
        new GZIPInputStream(new ByteArrayInputStream(scripts.body())).readAllBytes().length
            > scripts.body().length * 3);
  }

  private static HttpResponse<String> get(HttpClient http, URL base, String path, String basic)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (basic != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<Long> ids(List<Course> found) {
    return found.stream().map(Course::getId).toList();
  }

  @Test
  void everyNodeSignsWithTheOneStoredIssuerKey() throws Exception {
    List<Future<String>> kids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      kids.add(executor.submit(() -> issuerKeys.signingKey().getKeyID()));
    }
    Set<String> distinct = new HashSet<>();
    for (Future<String> kid : kids) {
      distinct.add(kid.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, distinct.size());
    assertTrue(
        issuerKeys.publicJwkSet().getKeys().stream()
            .anyMatch(k -> k.getKeyID().equals(distinct.iterator().next())));
  }

  @Test
  @RunAsClient
  void theHolderGetsASignedCredentialThatAnyoneCanVerify(@ArquillianResource URL base)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String learner = "learner:" + DEMO_PASSWORD;
    Matcher uid =
        Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"")
            .matcher(get(http, base, "api/v1/certificates", learner).body());
    assertTrue(uid.find(), "the demo learner holds a certificate");
    String path = "api/v1/certificates/" + uid.group(1) + "/credential";

    HttpResponse<String> credential = get(http, base, path + "?lang=th", learner);
    assertEquals(200, credential.statusCode(), credential.body());
    assertTrue(
        credential
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/vc+jwt"));
    assertEquals(401, get(http, base, path, null).statusCode());
    assertEquals(404, get(http, base, path, "instructor:" + DEMO_PASSWORD).statusCode());

    HttpResponse<String> jwks = get(http, base, "api/v1/issuer/jwks", null);
    assertEquals(200, jwks.statusCode());
    assertFalse(jwks.body().contains("\"d\""), "no private key material is published");
    CredentialCheck.Result checked =
        CredentialCheck.check(credential.body().trim(), JWKSet.parse(jwks.body()));
    assertTrue(checked.isValid(), String.valueOf(checked.failure()));
    String payload =
        new String(
            Base64.getUrlDecoder().decode(credential.body().trim().split("\\.")[1]),
            StandardCharsets.UTF_8);
    assertTrue(payload.contains("การทำขนมไทยเพื่ออาชีพที่สอง"), payload);
    assertTrue(payload.contains("สมศรี ใจดี"), payload);
    assertTrue(payload.contains("OpenBadgeCredential"), payload);

    String[] parts = credential.body().trim().split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.replace("สมศรี", "สมชาย").getBytes(StandardCharsets.UTF_8));
    CredentialCheck.Result tampered =
        CredentialCheck.check(parts[0] + "." + forged + "." + parts[2], JWKSet.parse(jwks.body()));
    assertFalse(tampered.isValid(), "a changed name no longer verifies");
  }

  @Test
  void anUploadedCredentialIsCheckedAgainstItsRecord() {
    Fixture f = fixture();
    callers.as(f.learner(), () -> quizzes.submit(readAndAnswerRightly(f).getId()));
    Certificate issued = callers.as(f.learner(), () -> certificatesFor(f).get(0));
    String jws =
        credentialIssuer.signedCredential(issued, "https://relearn.example", Languages.THAI);

    CertificateService.CredentialVerdict genuine = certificates.checkCredential(jws);
    assertTrue(genuine.isGenuine());
    assertEquals(issued.getUid(), genuine.certificate().getUid());

    String[] parts = jws.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.replace("ทองหยิบ", "ทองหยอด").getBytes(StandardCharsets.UTF_8));
    assertEquals(
        CredentialCheck.Failure.BAD_SIGNATURE,
        certificates.checkCredential(parts[0] + "." + changed + "." + parts[2]).failure());
    assertEquals(
        CredentialCheck.Failure.MALFORMED,
        certificates.checkCredential("not a credential").failure());
  }

  @Test
  void aCourseExportsAndImportsIntoADraftWithTheSameContent() {
    Fixture f = fixture();
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    callers.as(
        f.instructor(),
        () -> {
          byte[] zip = new CourseArchiveWriter().write(courses.exportArchive(f.courseId()));
          ImportResult read = new CourseArchiveReader().read(zip);
          assertFalse(read.refused(), String.valueOf(read.problems()));
          CourseService.ImportedCourse imported = courses.importArchive(library, read.archive());
          Course copy = courses.getForEditing(imported.course().getId());
          Course original = courses.getForEditing(f.courseId());
          assertFalse(copy.isPublished(), "an import is a draft");
          assertEquals(original.getTitle(), copy.getTitle());
          assertEquals(titles(original), titles(copy));
          assertEquals("<p>ใช้ไข่เป็ด</p>", copy.lessons().get(0).getBlocks().get(0).getBody());
          assertEquals(1, imported.warnings().size(), "the quiz is reported, not linked");
          assertEquals("import.course.quizNotCopied", imported.warnings().get(0).reasonKey());
          return null;
        });
    callers.as(
        f.learner(),
        () -> assertThrows(AccessDeniedException.class, () -> courses.exportArchive(f.courseId())));
  }

  @Test
  @RunAsClient
  void importRefusesHostileArchivesAndStrangers(@ArquillianResource URL base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Matcher library =
        Pattern.compile("\"code\":\"UTT\",\"id\":(\\d+)")
            .matcher(get(http, base, "api/v1/courses", null).body());
    assertTrue(library.find());
    String importPath = "api/v1/courses/import?library=" + library.group(1);

    java.io.ByteArrayOutputStream slip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(slip)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("../../evil.sh"));
      zip.write("echo owned".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    HttpResponse<String> refused =
        post(http, base, importPath, "instructor:" + DEMO_PASSWORD, slip.toByteArray());
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("import.course.zipSlip"), refused.body());

    assertEquals(
        401, post(http, base, importPath, null, slip.toByteArray()).statusCode(), "anonymous");
    assertEquals(
        403,
        post(http, base, importPath, "learner:" + DEMO_PASSWORD, slip.toByteArray()).statusCode(),
        "a learner may not import");
  }

  @Test
  @RunAsClient
  void theVerifyPageTellsAGenuineCredentialFileFromAForgedOne(@ArquillianResource URL base)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String learner = "learner:" + DEMO_PASSWORD;
    Matcher uid =
        Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"")
            .matcher(get(http, base, "api/v1/certificates", learner).body());
    assertTrue(uid.find());
    String jws =
        get(http, base, "api/v1/certificates/" + uid.group(1) + "/credential", learner)
            .body()
            .trim();

    assertTrue(
        uploadToVerifyPage(http, base, jws).contains("ไฟล์นี้ออกโดย Relearn ไม่ถูกแก้ไข"),
        "a genuine file is recognised");
    String[] parts = jws.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("สมศรี", "สมชาย").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    String answer = uploadToVerifyPage(http, base, forged);
    assertTrue(answer.contains("ไฟล์ถูกแก้ไขหลังจากออกให้"), answer);
  }

  /** Posts a file through the verify page's form, as a browser would, and returns the page. */
  private static String uploadToVerifyPage(HttpClient http, URL base, String file)
      throws Exception {
    String page = get(http, base, "verify.xhtml?lang=th", null).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), page);
    String boundary = "----relearn" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (String[] field :
        new String[][] {
          {"check-file", "check-file"},
          {"check-file:check", "check"},
          {"jakarta.faces.ViewState", state.group(1)}
        }) {
      body.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(field[0])
          .append("\"\r\n\r\n")
          .append(field[1])
          .append("\r\n");
    }
    body.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"check-file:file\"; filename=\"c.jwt\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n")
        .append(file)
        .append("\r\n")
        .append("--")
        .append(boundary)
        .append("--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(base.toURI().resolve("verify.xhtml"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  @Test
  @RunAsClient
  void certificatesOverTheApiArePdfsForTheirHoldersAndRevokedOnlyByAdministrators(
      @ArquillianResource URL base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String learner = "learner:" + DEMO_PASSWORD;
    Matcher uid =
        Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"")
            .matcher(get(http, base, "api/v1/certificates", learner).body());
    assertTrue(uid.find());
    String path = "api/v1/certificates/" + uid.group(1);

    HttpResponse<byte[]> pdf =
        http.send(
            authorized(base, path + "/pdf?lang=th", learner).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals(404, get(http, base, path + "/pdf", "instructor:" + DEMO_PASSWORD).statusCode());

    String json = "{\"reason\": \"\"}";
    assertEquals(403, postJson(http, base, path + "/revoke", learner, json).statusCode());
    HttpResponse<String> noReason =
        postJson(http, base, path + "/revoke", "librarian:" + DEMO_PASSWORD, json);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("certificate.revoke.reasonRequired"), noReason.body());
    assertTrue(get(http, base, "api/v1/certificates", learner).body().contains("VALID"));
  }

  private static HttpRequest.Builder authorized(URL base, String path, String basic)
      throws Exception {
    return HttpRequest.newBuilder(base.toURI().resolve(path))
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> postJson(
      HttpClient http, URL base, String path, String basic, String json) throws Exception {
    return http.send(
        authorized(base, path, basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(
      HttpClient http, URL base, String path, String basic, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (basic != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static List<String> titles(Course course) {
    List<String> titles = new ArrayList<>();
    for (Section s : course.getSections()) {
      titles.add(s.getTitle());
      s.getLessons().forEach(l -> titles.add("  " + l.getTitle()));
    }
    return titles;
  }

  /** As the learner: enrols, does the text lesson, and answers the quiz rightly (not submitted). */
  private Attempt readAndAnswerRightly(Fixture f) {
    learning.enrol(f.courseId());
    learning.completeLesson(f.courseId(), f.textLessonId());
    Attempt attempt = quizzes.start(f.quizId());
    quizzes.saveAnswer(attempt.getId(), question(f), f.right());
    return attempt;
  }

  private long question(Fixture f) {
    return quizzes.questionsForLearner(f.quizId()).get(0).id();
  }

  private List<Certificate> certificatesFor(Fixture f) {
    return certificates.mine().stream().filter(c -> c.getCourseId() == f.courseId()).toList();
  }
}
