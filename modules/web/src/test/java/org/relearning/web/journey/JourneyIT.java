package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.web.journey.MyLearningPage.CertificateCard;

/**
 * The thin journey, in Thai on a 360 × 800 phone: an instructor builds and publishes a course, a
 * learner completes it and downloads the certificate, anyone verifies it, a librarian revokes it.
 * One test, because each step needs what the one before made; each step is a method, so a failure
 * names the step that broke. Screenshots of every main step land in {@code relearn.screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class JourneyIT {

  private static final System.Logger LOG = System.getLogger(JourneyIT.class.getName());

  private static final String RENEWAL_OFFER_TH = "เกียรติบัตรของหลักสูตรนี้ใช้ได้ถึง";
  private static final String PASSWORD = demoPassword();
  private static final String LEARNER_TH = "สมศรี ใจดี";
  private static final String LEARNER_EN = "Somsri Jaidee";
  private static final String LIBRARY_TH = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";
  private static final String LIBRARY_EN = "Uttaradit Provincial Public Library";

  private static final String SECTION = "ขนมครกทำเองที่บ้าน";
  private static final String LESSON = "เตรียมแป้งและน้ำกะทิ";
  private static final String LESSON_START = "ขนมครกใบเตยใช้แป้งข้าวเจ้าผสมกับ";
  private static final String LESSON_BOLD = "น้ำกะทิ";
  private static final String LESSON_REST = " และน้ำใบเตยคั้นสด";
  private static final String LESSON_SECOND = "หยอดลงหลุมเตาที่ร้อนจัด แล้วปิดฝาไว้สามนาที";
  private static final String QUIZ = "แบบทดสอบขนมครก";
  private static final String SINGLE_QUESTION = "ขนมครกใบเตยใช้แป้งอะไรเป็นหลัก?";
  private static final List<String> SINGLE_OPTIONS =
      List.of("แป้งข้าวเจ้า", "แป้งสาลี", "แป้งข้าวโพด", "แป้งมันฝรั่ง");
  private static final String TRUE_FALSE = "ควรตั้งเตาให้ร้อนก่อนหยอดแป้งขนมครก";

  // what the Thai pages say (messages_th.properties)
  private static final String LOGIN_FAILED = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง";
  private static final String DRAFT = "ฉบับร่าง";
  private static final String PUBLISHED = "เผยแพร่แล้ว";
  private static final String ANSWER_SAVED = "บันทึกคำตอบแล้ว";
  private static final String TRUE_TH = "ถูก";
  private static final String QUIZ_PASSED = "คุณสอบผ่านแล้ว";
  private static final String FORBIDDEN_TH = "ไม่มีสิทธิ์เข้าถึง";
  private static final String VALID_TH = "เกียรติบัตรนี้ถูกต้องและใช้ได้";
  private static final String VALID_EN = "This certificate is valid.";
  private static final String REVOKED_TH = "เกียรติบัตรนี้ถูกเพิกถอนแล้ว";
  private static final String UNKNOWN_TH = "ไม่พบเกียรติบัตร";
  private static final String STATUS_REVOKED_TH = "ถูกเพิกถอน";

  private final String suffix = randomSuffix();
  private final String courseTitle = "ขนมครกใบเตย " + suffix;
  private final List<AssertionError> independentFailures = new ArrayList<>();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @BeforeAll
  static void chromiumIsInstalled() {
    Browser.requireChromium();
  }

  @Test
  void learnerJourney() throws Exception {
    Instant started = Instant.now();
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        browserIsPhoneSized(browser);
        independently("wrong-password", browser, () -> wrongPasswordGetsOneGenericMessage(browser));
        instructorBuildsAndPublishesCourse(browser);
        LearnCoursePage course = learnerFindsCourseInCatalogAndEnrols(browser);
        course = learnerReadsLessonAndMarksItDone(course);
        learnerPassesQuizWithAnswersSavedAcrossReload(course);
        CertificateCard certificate = learnerSeesCertificate(browser);
        thaiCertificatePdfNamesLearnerCourseLibraryAndYear(browser, certificate);
        independently("forbidden", browser, () -> learnerMayNotOpenAuthoring(browser));
        anyoneVerifiesCertificateInThaiAndEnglish(browser, certificate.code());
        independently("unknown-code", browser, () -> unknownCodeIsNotFound(browser));
        learnerTakesTheCourseAgainToRenew(browser, certificate.code());
        String reason = librarianRevokesCertificate(browser, certificate.code());
        verifyShowsRevokedWithoutReason(browser, certificate.code(), reason);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("failure");
        independentFailures.forEach(e::addSuppressed);
        throw e;
      }
    }
    LOG.log(
        Level.INFO,
        "Journey for \"{0}\" took {1} s",
        courseTitle,
        Duration.between(started, Instant.now()).toSeconds());
    if (!independentFailures.isEmpty()) {
      AssertionError failed =
          new AssertionError(
              independentFailures.size()
                  + " step(s) failed, the rest of the journey passed: "
                  + independentFailures.stream().map(Throwable::getMessage).toList());
      independentFailures.forEach(failed::addSuppressed);
      throw failed;
    }
  }

  /** A step that hands nothing to later ones. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /**
   * Runs a step whose failure does not spoil the rest of the journey, keeps its evidence, and lets
   * the journey go on; the test still fails at the end, naming the step.
   */
  private void independently(String name, Browser browser, Step step) throws Exception {
    try {
      step.run();
    } catch (AssertionError | RuntimeException e) {
      browser.keepEvidence("failure-" + name);
      LOG.log(Level.WARNING, "Step " + name + " failed; going on with the journey", e);
      independentFailures.add(new AssertionError(name + ": " + e.getMessage(), e));
    }
  }

  private void browserIsPhoneSized(Browser browser) {
    LoginPage.open(browser, "th");
    assertThat(browser.viewportWidth()).as("viewport width").isBetween(320, Browser.WIDTH);
  }

  private void wrongPasswordGetsOneGenericMessage(Browser browser) {
    LoginPage login = LoginPage.open(browser, "th");
    assertThat(login.language()).isEqualTo("th");

    LoginPage wrongPassword = login.signInRefused("learner", "not-" + PASSWORD);
    browser.screenshot("01-login-th");
    assertThat(wrongPassword.formShown())
        .as(
            "the login page comes back after a wrong password, but it shows: %s",
            wrongPassword.pageText())
        .isTrue();
    List<String> forWrongPassword = wrongPassword.messages();
    assertThat(forWrongPassword).containsExactly(LOGIN_FAILED);
    assertThat(wrongPassword.password()).as("password is not sent back").isEmpty();

    LoginPage unknownUser = wrongPassword.signInRefused("nobody-" + suffix.toLowerCase(), PASSWORD);
    assertThat(unknownUser.formShown()).isTrue();
    assertThat(unknownUser.messages())
        .as("an unknown user gets the very same message, so neither part is revealed")
        .isEqualTo(forWrongPassword);
  }

  private void instructorBuildsAndPublishesCourse(Browser browser) {
    LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
    CourseEditorPage course =
        new AuthorHomePage(browser)
            .createCourse(courseTitle, "ขนมครกหอมใบเตย ทำขายได้ที่บ้าน (" + suffix + ")");
    assertThat(course.heading()).contains(courseTitle);
    assertThat(course.status()).isEqualTo(DRAFT);

    course = course.addSection(SECTION);
    int section = course.sectionTitles().indexOf(SECTION);
    assertThat(section).as("the new section is listed").isNotNegative();

    LessonEditorPage lesson = course.addLesson(section, LESSON);
    lesson
        .focusText()
        .type(LESSON_START)
        .typeBold(LESSON_BOLD)
        .type(LESSON_REST)
        .newParagraph()
        .type(LESSON_SECOND);
    assertThat(lesson.editorText()).contains(LESSON_START + LESSON_BOLD, LESSON_SECOND);
    assertThat(lesson.editorHtml()).contains("<strong>" + LESSON_BOLD + "</strong>");
    browser.screenshot("02-author-lesson-th");
    course = lesson.save();
    assertThat(course.lessonTitles(section)).containsExactly(LESSON);

    QuizEditorPage quiz = course.addQuiz(section, QUIZ);
    assertThat(quiz.title()).isEqualTo(QUIZ);
    quiz = quiz.setPassMark(60);
    assertThat(quiz.passMark()).isEqualTo("60");
    quiz = quiz.addSingleChoice(SINGLE_QUESTION, SINGLE_OPTIONS, 0).addTrueFalse(TRUE_FALSE, true);
    assertThat(quiz.questions()).hasSize(2);
    assertThat(quiz.questions().get(0)).contains(SINGLE_QUESTION);
    assertThat(quiz.questions().get(1)).contains(TRUE_FALSE);
    browser.screenshot("03-author-quiz-th");

    // a skill to refresh monthly: renewal is open as soon as the certificate is issued
    course = quiz.backToCourse().certificateMonths(1).publish();
    assertThat(course.status()).isEqualTo(PUBLISHED);
    assertThat(course.lessonTitles(section)).containsExactly(LESSON, QUIZ);
    browser.screenshot("04-author-course-published-th");
    // the header's sign-out is a plain form: a post without the session's token signs no one out
    assertThat(course.forgedSignOut()).isEqualTo("403 true");
    course.signOut();
  }

  private LearnCoursePage learnerFindsCourseInCatalogAndEnrols(Browser browser) {
    LoginPage.open(browser, "th").signIn("learner", PASSWORD);
    new MyLearningPage(browser);
    CatalogPage catalog = CatalogPage.open(browser);
    assertThat(catalog.courseTitles()).contains(courseTitle);
    browser.screenshot("05-catalog-th");

    CoursePage course = catalog.openCourse(courseTitle);
    assertThat(course.heading()).isEqualTo(courseTitle);
    assertThat(course.library()).isEqualTo(LIBRARY_TH);
    LearnCoursePage learning = course.enrol();
    assertThat(learning.percent()).isZero();
    assertThat(learning.completed()).isFalse();
    return learning;
  }

  private LearnCoursePage learnerReadsLessonAndMarksItDone(LearnCoursePage course) {
    Browser browser = course.browser();
    LessonPage lesson = course.openLesson(LESSON);
    assertThat(lesson.title()).isEqualTo(LESSON);
    assertThat(lesson.body())
        .contains(LESSON_START + LESSON_BOLD + LESSON_REST)
        .contains(LESSON_SECOND)
        .contains("น้ำกะทิ");
    assertThat(lesson.boldTexts()).containsExactly(LESSON_BOLD);
    browser.screenshot("06-lesson-th");

    lesson = lesson.markDone();
    assertThat(lesson.isDone()).isTrue();
    LearnCoursePage after = lesson.backToCourse();
    assertThat(after.percent()).as("progress moved").isEqualTo(50);
    assertThat(after.progressText()).contains("1", "2");
    assertThat(after.isDone(LESSON)).isTrue();
    browser.screenshot("07-progress-th");
    return after;
  }

  private void learnerPassesQuizWithAnswersSavedAcrossReload(LearnCoursePage course) {
    Browser browser = course.browser();
    QuizPage quiz = course.openLesson(QUIZ).takeQuiz().start();
    assertThat(quiz.heading()).isEqualTo(QUIZ);
    quiz.choose(SINGLE_QUESTION, SINGLE_OPTIONS.get(0), ANSWER_SAVED)
        .choose(TRUE_FALSE, TRUE_TH, ANSWER_SAVED);

    quiz = quiz.reload();
    assertThat(quiz.isChosen(SINGLE_QUESTION, SINGLE_OPTIONS.get(0)))
        .as("single-choice answer kept on the server")
        .isTrue();
    assertThat(quiz.isChosen(TRUE_FALSE, TRUE_TH)).as("true/false answer kept").isTrue();
    assertThat(quiz.savedIndicator(SINGLE_QUESTION)).isEqualTo(ANSWER_SAVED);
    browser.screenshot("08-quiz-th");

    quiz = quiz.submit();
    assertThat(quiz.passed()).isTrue();
    assertThat(quiz.result()).isEqualTo(QUIZ_PASSED);
    assertThat(quiz.score()).contains("100%");
    browser.screenshot("09-quiz-result-th");

    LearnCoursePage completed = quiz.backToCourse();
    assertThat(completed.completed()).as("#course-completed shown").isTrue();
    assertThat(completed.percent()).isEqualTo(100);
    browser.screenshot("10-course-completed-th");
  }

  private CertificateCard learnerSeesCertificate(Browser browser) {
    MyLearningPage mine = MyLearningPage.open(browser);
    CertificateCard card = mine.waitForCertificate(courseTitle);
    assertThat(card.code()).matches("[A-Z0-9-]{6,20}");
    browser.screenshot("11-my-certificates-th");
    return card;
  }

  private void thaiCertificatePdfNamesLearnerCourseLibraryAndYear(
      Browser browser, CertificateCard card) throws Exception {
    HttpResponse<byte[]> response = browser.getWithBrowserCookies(card.thaiPdf());
    assertThat(response.statusCode()).as("PDF with the learner's session").isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    Path saved = browser.save("12-certificate-th.pdf", response.body());
    LOG.log(Level.INFO, "Certificate PDF saved to {0}", saved);

    CertificateDocument pdf = CertificateDocument.read(response.body());
    int buddhistYear = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543;
    assertThat(pdf.text())
        .contains(LEARNER_TH)
        .contains(courseTitle)
        .contains(LIBRARY_TH)
        .containsAnyOf(String.valueOf(buddhistYear), thaiDigits(buddhistYear));
    assertThat(pdf.fonts()).isNotEmpty();
    assertThat(pdf.fontsNotEmbedded()).as("fonts not embedded").isEmpty();
  }

  private void learnerMayNotOpenAuthoring(Browser browser) throws Exception {
    browser.open(AuthorHomePage.PATH);
    ErrorPage forbidden = new ErrorPage(browser, AuthorHomePage.PATH);
    assertThat(forbidden.title()).isEqualTo(FORBIDDEN_TH);
    assertThat(forbidden.language()).isEqualTo("th");
    assertThat(browser.getWithBrowserCookies(AuthorHomePage.PATH).statusCode()).isEqualTo(403);
    browser.screenshot("13-forbidden-th");
  }

  private void anyoneVerifiesCertificateInThaiAndEnglish(Browser browser, String code) {
    browser.forgetEveryone();
    VerifyPage verify = VerifyPage.open(browser, code, "th");
    assertThat(verify.state()).isEqualTo("valid");
    assertThat(verify.status()).isEqualTo(VALID_TH);
    assertThat(verify.learner()).isEqualTo(LEARNER_TH);
    assertThat(verify.course()).isEqualTo(courseTitle);
    assertThat(verify.library()).isEqualTo(LIBRARY_TH);
    int buddhistYear = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543;
    assertThat(verify.completedOn()).contains(String.valueOf(buddhistYear));
    browser.screenshot("14-verify-valid-th");

    VerifyPage english = verify.inEnglish();
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.status()).isEqualTo(VALID_EN);
    assertThat(english.learner()).isEqualTo(LEARNER_EN);
    assertThat(english.library()).isEqualTo(LIBRARY_EN);
    browser.screenshot("15-verify-valid-en");

    VerifyPage thai = english.inThai();
    assertThat(thai.language()).isEqualTo("th");
    assertThat(thai.status()).isEqualTo(VALID_TH);
  }

  private void unknownCodeIsNotFound(Browser browser) throws Exception {
    VerifyPage unknown = VerifyPage.open(browser, "ZZZZ-ZZZZ", "th");
    assertThat(unknown.state()).isEqualTo("unknown");
    assertThat(unknown.status()).isEqualTo(UNKNOWN_TH);
    assertThat(browser.getAnonymously("/verify/ZZZZ-ZZZZ").statusCode()).isEqualTo(404);
    browser.screenshot("16-verify-unknown-th");
  }

  /**
   * The course's certificates stay valid one month, so renewal is open at once: the learner follows
   * "renew" from their certificate, starts again from nothing, and keeps the certificate they hold.
   */
  private void learnerTakesTheCourseAgainToRenew(Browser browser, String code) {
    LoginPage.open(browser, "th").signIn("learner", PASSWORD);
    LearnCoursePage course = MyLearningPage.open(browser).renew(courseTitle);
    assertThat(course.renewalOffer()).startsWith(RENEWAL_OFFER_TH);
    browser.screenshot("16b-renewal-offered-th");
    course = course.retake();
    assertThat(course.retaking()).as("#retaking shown").isTrue();
    assertThat(course.completed()).isFalse();
    assertThat(course.percent()).isZero();
    assertThat(course.renewalOffer()).isEmpty();
    assertThat(MyLearningPage.open(browser).certificateFor(courseTitle))
        .as("the certificate held stays")
        .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(code));
    new MyLearningPage(browser).signOut();
  }

  private String librarianRevokesCertificate(Browser browser, String code) throws Exception {
    String reason = "ออกให้ผิดคน ตรวจสอบแล้ว " + suffix;
    LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
    CertificatesAdminPage certificates = CertificatesAdminPage.open(browser);
    CertificatesAdminPage.RevokeDialog dialog = certificates.openRevokeDialog(code);
    browser.screenshotOfViewport("17-admin-revoke-th");
    independently(
        "revoke-dialog-fits-phone",
        browser,
        () ->
            assertThat(dialog.rightEdge())
                .as("right edge of the revoke dialog (px) on a %d px screen", Browser.WIDTH)
                .isLessThanOrEqualTo(browser.viewportWidth()));
    certificates = dialog.confirm(reason);
    assertThat(certificates.status(code)).isEqualTo(STATUS_REVOKED_TH);
    assertThat(certificates.canRevoke(code)).isFalse();
    browser.screenshot("18-admin-revoked-th");
    certificates.signOut();
    return reason;
  }

  private void verifyShowsRevokedWithoutReason(Browser browser, String code, String reason)
      throws Exception {
    browser.forgetEveryone();
    VerifyPage verify = VerifyPage.open(browser, code, "th");
    assertThat(verify.state()).isEqualTo("revoked");
    assertThat(verify.status()).isEqualTo(REVOKED_TH);
    assertThat(verify.source()).doesNotContain(reason);
    HttpResponse<String> raw = browser.getAnonymously("/verify/" + code + "?lang=th");
    assertThat(raw.body()).contains(REVOKED_TH).doesNotContain(reason);
    browser.screenshot("19-verify-revoked-th");
  }

  private static String thaiDigits(int number) {
    StringBuilder thai = new StringBuilder();
    for (char c : String.valueOf(number).toCharArray()) {
      thai.append((char) ('๐' + (c - '0')));
    }
    return thai.toString();
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }

  private static String randomSuffix() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
