package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
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
 * On a 360 px phone, in Thai: a newcomer registers, finds the demo career path in the catalog, sees
 * the whole road, enrols in it in one step, completes the food-safety course and comes back to see
 * it done, the next course recommended and what is still needed.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumJourneyIT {

  private static final String PATH_TITLE = "ผู้ประกอบการขนมไทย / Thai dessert entrepreneur";
  private static final String DESSERTS = "การทำขนมไทยเพื่ออาชีพที่สอง";
  private static final String SAFETY = "ความปลอดภัยของอาหารสำหรับผู้ขายขนม";
  private static final String SAFETY_LESSON = "ล้างมือ เก็บวัตถุดิบ และแยกของสุกของดิบ";
  private static final String PRICING = "ตั้งราคาและทำบัญชีร้านขนม";
  private static final String ONLINE = "ขายของออนไลน์สำหรับร้านเล็ก";
  private static final String LIBRARY_TH = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";
  private static final String RETIREE_TH = "ผู้เกษียณอายุ";

  // what the Thai pages say (messages_th.properties)
  private static final String RULE_TH =
      "เรียนจบหลักสูตรบังคับทุกหลักสูตร และหลักสูตรเลือก 1 จาก 2 หลักสูตร";
  private static final String REQUIRED_TH = "บังคับ";
  private static final String ELECTIVE_TH = "เลือกเรียน";
  private static final String DRAFT_TH = "ฉบับร่าง";
  private static final String PUBLISHED_TH = "เผยแพร่แล้ว";
  private static final String ELECTIVES_OUT_OF_RANGE_TH =
      "จำนวนหลักสูตรเลือกที่ต้องเรียนจบต้องอยู่ระหว่าง 0 ถึง 2 ซึ่งเป็นจำนวนหลักสูตรเลือกในเส้นทาง";
  private static final String IN_PROGRESS_TH = "กำลังเรียน";
  private static final String DONE_TH = "เรียนจบแล้ว";
  private static final String NEXT_TH = "ถัดไป";
  private static final String ONE_ELECTIVE_LEFT_TH = "หลักสูตรเลือกอีก 1 หลักสูตร";

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
  void aLearnerEnrolsInTheWholePathAndSeesHowFarAlongTheyAre() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        register(browser);
        PathPage path = PathPage.fromCatalog(CatalogPage.open(browser), PATH_TITLE);
        assertThat(path.title()).isEqualTo(PATH_TITLE);
        assertThat(path.rule()).isEqualTo(RULE_TH);
        assertThat(path.steps().keySet()).startsWith(DESSERTS, SAFETY).hasSize(4);
        assertThat(path.showsProgress()).as("not enrolled yet").isFalse();
        assertThat(browser.overflowsSideways()).as("the path fits the phone").isFalse();
        browser.screenshot("path-01-before-enrolling-th");

        path = path.enrol();
        assertThat(path.offersEnrol()).as("enrolled once, in one step").isFalse();
        assertThat(path.progressText()).isEqualTo("เรียนจบแล้ว 0 จาก 4 หลักสูตร");
        assertThat(path.steps().get(DESSERTS)).contains(REQUIRED_TH, IN_PROGRESS_TH, NEXT_TH);
        assertThat(path.steps().get(SAFETY)).contains(REQUIRED_TH, IN_PROGRESS_TH);
        assertThat(path.stillNeeded()).containsExactly(DESSERTS, SAFETY, ONE_ELECTIVE_LEFT_TH);
        assertThat(path.next()).isEqualTo(DESSERTS);
        assertThat(browser.overflowsSideways()).as("the progress fits the phone").isFalse();
        browser.screenshot("path-02-enrolled-th");

        LearnCoursePage safety = path.openCourse(SAFETY);
        safety.openLesson(SAFETY_LESSON).markDone();
        path = PathPage.fromCatalog(CatalogPage.open(browser), PATH_TITLE);
        assertThat(path.progressText()).isEqualTo("เรียนจบแล้ว 1 จาก 4 หลักสูตร");
        assertThat(path.steps().get(SAFETY)).contains(DONE_TH).doesNotContain(IN_PROGRESS_TH);
        assertThat(path.stillNeeded()).containsExactly(DESSERTS, ONE_ELECTIVE_LEFT_TH);
        assertThat(path.completed()).isFalse();
        assertThat(browser.overflowsSideways()).isFalse();
        browser.screenshot("path-03-one-course-done-th");

        MyLearningPage mine = MyLearningPage.open(browser);
        assertThat(mine.paths()).containsEntry(PATH_TITLE, "เรียนจบแล้ว 1 จาก 4 หลักสูตร");
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("path-failure");
        throw e;
      }
    }
  }

  @Test
  void theLibrarianPutsAPathTogetherAndPublishesIt() throws Exception {
    String title = "เส้นทางทดสอบ " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("librarian", demoPassword());
        CurriculumEditorPage editor = CurriculumEditorPage.create(browser, title);
        assertThat(editor.status()).isEqualTo(DRAFT_TH);
        editor =
            editor
                .addCourse(DESSERTS, true)
                .addCourse(ONLINE, false)
                .addCourse(PRICING, false)
                .moveUp(2);
        assertThat(editor.courses())
            .containsExactly(
                DESSERTS + " · " + REQUIRED_TH,
                PRICING + " · " + ELECTIVE_TH,
                ONLINE + " · " + ELECTIVE_TH);

        editor = editor.electives("3");
        assertThat(editor.messages()).contains(ELECTIVES_OUT_OF_RANGE_TH);
        editor = editor.electives("1").publish();
        assertThat(editor.status()).isEqualTo(PUBLISHED_TH);
        assertThat(browser.overflowsSideways()).as("the editor fits the phone").isFalse();
        browser.screenshot("path-04-editor-th");

        PathPage path = editor.preview();
        assertThat(path.title()).isEqualTo(title);
        assertThat(path.rule()).isEqualTo(RULE_TH);
        assertThat(path.steps().keySet()).containsExactly(DESSERTS, PRICING, ONLINE);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("path-editor-failure");
        throw e;
      }
    }
  }

  private void register(Browser browser) {
    browser.forgetEveryone();
    String username = "path-" + UUID.randomUUID().toString().substring(0, 6);
    RegisterPage register = RegisterPage.fromLogin(LoginPage.open(browser, "th"));
    register
        .names("ผู้เรียน เส้นทาง", "Path Learner")
        .account(username, "first-" + demoPassword())
        .library(LIBRARY_TH)
        .ageGroup(RETIREE_TH)
        .consent();
    register.submit();
    new MyLearningPage(browser);
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
