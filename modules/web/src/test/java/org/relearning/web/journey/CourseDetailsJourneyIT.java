package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * On a 360 px phone, in Thai: the instructor describes the demo course (a refused value first),
 * adds a co-instructor, and a visitor narrows the catalog by career field and level, keeps the
 * filters in the address, and sees the details on the course's page.
 */
@ExtendWith(ArquillianExtension.class)
class CourseDetailsJourneyIT {

  private static final String DEMO_TITLE = "การทำขนมไทยเพื่ออาชีพที่สอง";
  private static final String HOURS_DECIMALS_TH =
      "จำนวนชั่วโมงมีทศนิยมได้ไม่เกินหนึ่งตำแหน่ง เช่น 1.5";
  private static final String NO_MATCH_TH = "ไม่พบหลักสูตรที่ตรงกับคำค้นหา";

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
  void anInstructorDescribesTheCourseAndAVisitorFiltersTheCatalog() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        long id = CatalogFiltersPage.open(browser).courseId(DEMO_TITLE);
        instructorDescribesTheCourse(browser, id);
        visitorFiltersTheCatalog(browser);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("details-failure");
        throw e;
      }
    }
  }

  private void instructorDescribesTheCourse(Browser browser, long id) {
    LoginPage.open(browser, "th").signIn("instructor", demoPassword());
    CourseDetailsEditorPage editor = CourseDetailsEditorPage.open(browser, id);
    assertThat(editor.category()).isEqualTo("FOOD_DESSERTS");

    editor = editor.hours("1.25").save();
    assertThat(editor.messages()).contains(HOURS_DECIMALS_TH);

    editor = editor.level("INTERMEDIATE").hours("7.5").tags("ขนมไทย, ขนมชั้น , KHANOM").save();
    editor = CourseDetailsEditorPage.open(browser, id);
    assertThat(editor.hours()).isEqualTo("7.5");
    assertThat(editor.tags()).isEqualTo("ขนมไทย, ขนมชั้น, khanom");

    editor = editor.addCoInstructor("librarian");
    assertThat(editor.instructorNames()).containsExactly("ครูน้ำฝน ใจงาม", "มาลี บรรณารักษ์");
    assertThat(browser.overflowsSideways()).as("the editor fits the phone").isFalse();
    browser.screenshot("details-01-editor-th");
    editor.signOut();
  }

  private void visitorFiltersTheCatalog(Browser browser) {
    browser.forgetEveryone();
    CatalogFiltersPage catalog = CatalogFiltersPage.open(browser).filter("CRAFTS", "");
    assertThat(catalog.courseTitles()).doesNotContain(DEMO_TITLE);
    // other tests may have published crafts courses in a shared database: ask for none at all
    catalog = catalog.search("ไม่มีหลักสูตรชื่อนี้ " + java.util.UUID.randomUUID());
    assertThat(catalog.courseTitles()).isEmpty();
    assertThat(browser.driver().findElement(By.id("main")).getText()).contains(NO_MATCH_TH);

    catalog = CatalogFiltersPage.open(browser).filter("FOOD_DESSERTS", "INTERMEDIATE");
    assertThat(browser.currentPath())
        .contains("category=FOOD_DESSERTS")
        .contains("level=INTERMEDIATE");
    assertThat(catalog.courseTitles()).containsExactly(DEMO_TITLE);
    assertThat(catalog.facts()).containsExactly("อาหารและขนม ปานกลาง 7.5 ชั่วโมง");
    assertThat(browser.overflowsSideways()).as("the filters fit the phone").isFalse();
    browser.screenshot("details-02-catalog-filters-th");

    browser.reload();
    catalog = new CatalogFiltersPage(browser);
    assertThat(catalog.courseTitles()).as("a bookmarked address").containsExactly(DEMO_TITLE);
    catalog = catalog.search("ขนมชั้");
    assertThat(catalog.courseTitles()).contains(DEMO_TITLE);

    CoursePage course = catalog.openCourse(DEMO_TITLE);
    String facts =
        browser.driver().findElement(By.id("course-facts")).getText().replaceAll("\\s+", " ");
    assertThat(facts)
        .contains("อาหารและขนม")
        .contains("ปานกลาง")
        .contains("7.5 ชั่วโมง")
        .contains("ภาษาไทย")
        .contains("ครูน้ำฝน ใจงาม, มาลี บรรณารักษ์");
    assertThat(browser.driver().findElement(By.id("course-tags")).getText())
        .contains("ขนมชั้น")
        .contains("khanom");
    assertThat(browser.overflowsSideways()).as("the course page fits the phone").isFalse();
    browser.screenshot("details-03-course-th");
    assertThat(course.heading()).isEqualTo(DEMO_TITLE);
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
