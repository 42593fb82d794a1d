package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instructor puts a picture in a lesson with the lesson editor, on a phone-sized Chromium in
 * Thai, and a learner sees it in the lesson player: the upload, the service's checks, storage and
 * the media servlet, end to end.
 */
@ExtendWith(ArquillianExtension.class)
class LessonMediaIT {

  private static final String PASSWORD = demoPassword();
  private static final String ALT = "ขนมครกสุกในเตา ขอบกรอบสีน้ำตาล";
  private static final String TEXT = "ดูรูปขนมครกที่สุกพอดี";
  private static final String ALT_REQUIRED_TH = "กรุณาเขียนคำอธิบายรูปภาพ";

  private final String suffix = UUID.randomUUID().toString().substring(0, 6);
  private final String courseTitle = "ขนมครกมีรูป " + suffix;

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
  void aPictureAddedInTheEditorIsSeenInTheLesson() throws Exception {
    Path picture = picture();
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        CourseEditorPage course =
            new AuthorHomePage(browser).createCourse(courseTitle, "ขนมครก (" + suffix + ")");
        course = course.addSection("เริ่มต้น");
        int section = course.sectionTitles().indexOf("เริ่มต้น");
        LessonEditorPage lesson =
            course.addLesson(section, "หน้าตาขนมครกที่ดี").focusText().type(TEXT);
        assertThat(lesson.editorText()).contains(TEXT);
        lesson = lesson.addBlock("image");
        assertThat(lesson.blockTypes()).containsExactly("rich-text", "image");

        lesson = lesson.fillImage(1, picture, " ").apply();
        assertThat(lesson.errors()).contains(ALT_REQUIRED_TH);
        lesson = lesson.fillImage(1, picture, ALT).apply();
        assertThat(lesson.errors()).isEmpty();
        assertThat(lesson.showsPicture(1)).as("the editor shows the uploaded picture").isTrue();
        browser.screenshot("media-01-lesson-editor-th");
        lesson = lesson.moveUp(1);
        assertThat(lesson.blockTypes()).containsExactly("image", "rich-text");
        lesson.save().publish().signOut();

        LoginPage.open(browser, "th").signIn("learner", PASSWORD);
        new MyLearningPage(browser);
        LessonPage seen =
            CatalogPage.open(browser)
                .openCourse(courseTitle)
                .enrol()
                .openLesson("หน้าตาขนมครกที่ดี");
        assertThat(seen.body()).contains(TEXT);
        assertThat(seen.blockOrder()).containsExactly("media-image", "lesson-body");
        assertThat(seen.loadedPictures()).containsExactly(ALT);
        browser.screenshot("media-02-lesson-th");
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("media-failure");
        throw e;
      }
    } finally {
      Files.deleteIfExists(picture);
    }
  }

  /** A small real PNG: a brown khanom krok on a light plate. */
  private static Path picture() throws IOException {
    BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xF5, 0xF0, 0xE6));
    g.fillRect(0, 0, 120, 80);
    g.setColor(new Color(0x9C, 0x6B, 0x30));
    g.fillOval(30, 15, 60, 50);
    g.dispose();
    Path file = Files.createTempFile("khanom-krok-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
