package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People on a 360 px phone, in Thai: a learner registers from the sign-in page and lands signed in;
 * later the librarian issues them a one-time password link, with which they set a new password once
 * and sign in with it.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleJourneyIT {

  private static final String PASSWORD = demoPassword();
  private static final String LIBRARY_TH = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";
  private static final String NAME_TH = "บุญมี ศรีสุข";
  private static final String NAME_EN = "Boonmee Srisuk";

  // what the Thai pages say (messages_th.properties)
  private static final String RETIREE_TH = "ผู้เกษียณอายุ";
  private static final String WHY_TH = "ทำไมเราถึงถาม";
  private static final String WELCOME_TH = "ยินดีต้อนรับ " + NAME_TH;
  private static final String LEARNER_TH = "ผู้เรียน";
  private static final String PASSWORD_SET_TH = "ตั้งรหัสผ่านเรียบร้อยแล้ว";
  private static final String LINK_INVALID_TH = "ลิงก์นี้ใช้ไม่ได้แล้ว";
  private static final String CREATED_TH = "สร้างแล้ว";
  private static final String SKIPPED_TH = "ข้าม";
  private static final String BAD_USERNAME_TH = "ใช้ชื่อผู้ใช้";

  private static final String LAPLAE_NAME_TH = "ปรียา บรรณารักษ์ลับแล";
  private static final String DEMO_COURSE_TH = "การทำขนมไทยเพื่ออาชีพที่สอง";
  private static final String DEMO_PATH = "ผู้ประกอบการขนมไทย / Thai dessert entrepreneur";
  private static final String ADOPTED_TH = "หลักสูตรนี้เป็นฉบับร่างในห้องสมุดของคุณแล้ว";
  private static final String PATH_ADOPTED_TH = "เส้นทางและหลักสูตรทั้ง 4 หลักสูตรเป็นฉบับร่าง";
  private static final String DRAFT_TH = "ฉบับร่าง";

  private final String username = "boonmee-" + UUID.randomUUID().toString().substring(0, 6);
  private final String laplaeLibrarian = "laplae-" + username.substring(username.length() - 6);

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
  void aLearnerRegistersAndLaterSetsANewPasswordThroughALinkFromTheLibrary() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        learnerRegistersAndLandsSignedIn(browser);
        String link = librarianIssuesResetLink(browser);
        learnerSetsNewPasswordOnceAndSignsIn(browser, link);
        librarianImportsLearnersFromCsv(browser);
        String library = systemAdministratorAddsALibrary(browser);
        String invitation = systemAdministratorInvitesItsLibrarian(browser, library);
        theNewLibrarianAdoptsACourseAndAPath(browser, invitation);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("people-failure");
        throw e;
      }
    }
  }

  private void learnerRegistersAndLandsSignedIn(Browser browser) {
    browser.forgetEveryone();
    RegisterPage register = RegisterPage.fromLogin(LoginPage.open(browser, "th"));
    assertThat(register.language()).isEqualTo("th");
    assertThat(register.whyWeAsk()).startsWith(WHY_TH);
    assertThat(browser.viewportWidth()).isLessThanOrEqualTo(Browser.WIDTH);
    register
        .names(NAME_TH, NAME_EN)
        .account(username, "first-" + PASSWORD)
        .library(LIBRARY_TH)
        .ageGroup(RETIREE_TH)
        .consent();
    browser.screenshot("p01-register-th");
    register.submit();

    MyLearningPage mine = new MyLearningPage(browser);
    assertThat(mine.messages()).anySatisfy(m -> assertThat(m).startsWith(WELCOME_TH));
    assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".who")).getText())
        .isEqualTo(NAME_TH);
    browser.screenshot("p02-registered-signed-in-th");
    mine.signOut();
  }

  private String librarianIssuesResetLink(Browser browser) {
    LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
    PeopleAdminPage people = PeopleAdminPage.open(browser).search(username);
    assertThat(people.role(username)).isEqualTo(LEARNER_TH);
    String link = people.issueResetLink(username);
    assertThat(link).contains("/password.xhtml?token=");
    browser.screenshotOfViewport("p03-admin-reset-link-th");
    browser.forgetEveryone();
    return link;
  }

  private void learnerSetsNewPasswordOnceAndSignsIn(Browser browser, String link) {
    PasswordPage page = PasswordPage.open(browser, link);
    assertThat(page.usable()).isTrue();
    assertThat(page.greeting()).contains(NAME_TH, username);
    browser.screenshot("p04-set-password-th");
    LoginPage login = page.setPassword("second-" + PASSWORD);
    assertThat(login.messages()).anySatisfy(m -> assertThat(m).startsWith(PASSWORD_SET_TH));

    LoginPage refused = login.signInRefused(username, "first-" + PASSWORD);
    assertThat(refused.formShown()).as("the old password no longer works").isTrue();
    refused.signIn(username, "second-" + PASSWORD);
    new MyLearningPage(browser).signOut();

    PasswordPage again = PasswordPage.open(browser, link);
    assertThat(again.usable()).as("the link works once").isFalse();
    assertThat(again.refusal()).startsWith(LINK_INVALID_TH);
    browser.screenshot("p05-link-used-th");
  }

  private void librarianImportsLearnersFromCsv(Browser browser) throws Exception {
    LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
    String first = "im-" + username;
    Path csv =
        browser.save(
            "p06-learners.csv",
            ("\uFEFFusername,name_th,age_group\r\n"
                    + first
                    + ",\"ใจดี, มานี\",youth\r\n"
                    + "Bad Name,ปิติ,\r\n")
                .getBytes(StandardCharsets.UTF_8));
    ImportPage page = ImportPage.open(browser).upload(csv);
    List<ImportPage.ReportLine> report = page.report();
    assertThat(report).extracting(ImportPage.ReportLine::line).containsExactly("2", "3");
    assertThat(report.get(0).username()).isEqualTo(first);
    assertThat(report.get(0).outcome()).isEqualTo(CREATED_TH);
    assertThat(report.get(0).detail()).contains("/password.xhtml?token=");
    assertThat(report.get(1).outcome()).isEqualTo(SKIPPED_TH);
    assertThat(report.get(1).detail()).startsWith(BAD_USERNAME_TH);
    browser.screenshot("p06-import-report-th");
    page.signOut();
  }

  /** Adds a library and returns its Thai name, which the people page's library list shows. */
  private String systemAdministratorAddsALibrary(Browser browser) {
    LoginPage.open(browser, "th").signIn("admin", PASSWORD);
    String code = "AA-" + username.substring(username.length() - 6).toUpperCase();
    String nameTh = "ห้องสมุดประชาชนอำเภอลับแล " + code;
    LibrariesAdminPage libraries =
        LibrariesAdminPage.open(browser)
            .add(code.toLowerCase(), nameTh, "Laplae Public Library " + code, "อุตรดิตถ์");
    assertThat(libraries.messages()).anySatisfy(m -> assertThat(m).contains(code));
    // the table pages by code; other tests add libraries to a shared database, so the demo
    // library may sit on a later page: the new one (coded to sort first) and others are listed
    assertThat(libraries.codes()).contains(code).hasSizeGreaterThan(1);
    browser.screenshot("p07-libraries-th");
    return nameTh;
  }

  private String systemAdministratorInvitesItsLibrarian(Browser browser, String library) {
    String link =
        PeopleAdminPage.open(browser)
            .invite(LAPLAE_NAME_TH, laplaeLibrarian, "LIBRARY_ADMIN", library);
    assertThat(link).contains("/password.xhtml?token=");
    browser.screenshotOfViewport("p08-invite-librarian-link-th");
    browser.forgetEveryone();
    return link;
  }

  /**
   * The new library's librarian finds the demo course and the demo career path in the catalog and
   * adopts both: each opens as a draft of their library, to review and publish as its own.
   */
  private void theNewLibrarianAdoptsACourseAndAPath(Browser browser, String link) {
    PasswordPage.open(browser, link)
        .setPassword("laplae-" + PASSWORD)
        .signIn(laplaeLibrarian, "laplae-" + PASSWORD);

    CoursePage course = CatalogPage.open(browser).openCourse(DEMO_COURSE_TH);
    assertThat(course.offersAdoption()).isTrue();
    browser.screenshot("p09-course-adopt-th");
    CourseEditorPage copy = course.adopt();
    assertThat(copy.messages()).anySatisfy(m -> assertThat(m).startsWith(ADOPTED_TH));
    assertThat(copy.status()).isEqualTo(DRAFT_TH);
    assertThat(copy.sectionTitles()).isNotEmpty();
    assertThat(browser.overflowsSideways()).as("fits a 360 px phone").isFalse();
    browser.screenshot("p10-adopted-course-draft-th");

    CurriculumEditorPage path = PathPage.fromCatalog(CatalogPage.open(browser), DEMO_PATH).adopt();
    assertThat(path.messages()).anySatisfy(m -> assertThat(m).startsWith(PATH_ADOPTED_TH));
    assertThat(path.courses()).hasSize(4);
    assertThat(path.status()).isEqualTo(DRAFT_TH);
    browser.screenshot("p11-adopted-path-draft-th");
    path.signOut();
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
