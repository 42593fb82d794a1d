package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
 * Authoring in a real browser on a phone-sized screen: hostile content that an attacker smuggled in
 * through an imported course never runs, in the editor, the preview or the lesson player; the
 * outline is reordered with the arrow buttons and by drag and drop; a course taken in order keeps
 * its later lessons closed for the learner until the earlier ones are done.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

  private static final String PASSWORD =
      System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");

  /** Each payload, if it ever ran, would set window.__xss to its number. */
  private static final List<String> PAYLOADS =
      List.of(
          "<script>window.__xss=1</script>",
          "<img src=x onerror=\\\"window.__xss=2\\\">",
          "<svg onload=\\\"window.__xss=3\\\"><circle r=\\\"1\\\"/></svg>",
          "<a id=\\\"js-link\\\" href=\\\"javascript:window.__xss=4\\\">click me</a>",
          "<noscript><p title=\\\"</noscript><img src=x onerror=window.__xss=5>\\\"></p></noscript>",
          "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=6></style></mglyph></table></mtext></math>",
          "<iframe src=\\\"javascript:parent.__xss=7\\\"></iframe>",
          "<form action=\\\"javascript:window.__xss=8\\\"><button id=\\\"js-button\\\">go</button></form>",
          "<details open ontoggle=\\\"window.__xss=9\\\">x</details>");

  private static final String TITLE_PAYLOAD =
      "<script>window.__xss=10</script><img src=x onerror=window.__xss=11>";

  private final String suffix = UUID.randomUUID().toString().substring(0, 6);

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
  void hostileContentNeverRunsAndTheOutlineIsReorderedAndReleasedInOrder() throws Exception {
    long courseId = importHostileCourse();
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        new AuthorHomePage(browser);
        browser.open(CourseEditorPage.PATH + "?id=" + courseId);
        CourseEditorPage editor = new CourseEditorPage(browser);
        assertThat(editor.heading()).as("titles are shown as text").contains(TITLE_PAYLOAD);
        nothingRan(browser, "course editor");

        assertThat(editor.lessonTitles(0)).containsExactly(lesson("a"), lesson("b"));
        editor = editor.moveLessonDown(0, lesson("a"));
        assertThat(editor.lessonTitles(0)).containsExactly(lesson("b"), lesson("a"));

        editor = editor.takeLessonsInOrder().dragLesson(0, lesson("a"), 1);
        assertThat(editor.lessonTitles(0)).containsExactly(lesson("b"));
        assertThat(editor.lessonTitles(1)).contains(lesson("a"));
        browser.screenshot("20-author-outline-reordered-th");

        Path hostileFile = hostileWorksheet();
        try {
          browser.open(LessonEditorPage.PATH + "?id=" + firstLessonId(browser));
          LessonEditorPage lesson = new LessonEditorPage(browser).addBlock("file");
          int file = lesson.blockTypes().indexOf("file");
          lesson = lesson.fillFile(file, hostileFile, TITLE_PAYLOAD).apply();
          assertThat(lesson.errors()).isEmpty();
          nothingRan(browser, "lesson editor with a hostile file name");
          editor = lesson.save();
        } finally {
          Files.deleteIfExists(hostileFile);
          Files.deleteIfExists(hostileFile.getParent());
        }
        editor = editor.publish();
        browser.open("/author/preview.xhtml?id=" + firstLessonId(browser));
        nothingRan(browser, "preview");
        editor.signOut();

        LoginPage.open(browser, "th").signIn("learner", PASSWORD);
        new MyLearningPage(browser);
        browser.open(CoursePage.PATH + "?id=" + courseId);
        LearnCoursePage learning = new CoursePage(browser).enrol();
        nothingRan(browser, "learner course page");
        assertThat(learning.isLocked(lesson("b"))).isFalse();
        assertThat(learning.isLocked(lesson("c"))).as("in order: c waits for b").isTrue();
        browser.screenshot("21-learn-locked-th");

        LessonPage first = learning.openLesson(lesson("b"));
        nothingRan(browser, "lesson player");
        assertThat(first.body()).contains("click me");
        first.browser().script("var l = document.getElementById('js-link'); if (l) l.click();");
        first.browser().script("var b = document.getElementById('js-button'); if (b) b.click();");
        nothingRan(browser, "after clicking the smuggled link and button");

        measureLessonPageWeight(browser, browser.currentPath());

        LessonPage locked = new LessonPage(browser).backToCourse().openLesson(lesson("c"));
        assertThat(locked.isLocked()).isTrue();
        assertThat(locked.offersDone()).isFalse();
        browser.screenshot("22-lesson-locked-th");

        LessonPage open = locked.backToCourse().openLesson(lesson("b")).markDone();
        assertThat(open.isDone()).isTrue();
        LessonPage now = open.backToCourse().openLesson(lesson("c"));
        assertThat(now.isLocked()).as("b done: c opens").isFalse();
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("failure-authoring");
        throw e;
      }
    }
  }

  @Test
  void aLargeCourseListsOneSectionAtATimeWithWhatIsDoneInEach() throws Exception {
    int sections = 4;
    int perSection = 40; // 160 lessons: more than a page lists at once
    StringBuilder outline = new StringBuilder();
    for (int s = 1; s <= sections; s++) {
      outline.append(s > 1 ? "," : "").append("{\"title\": \"").append(section(s));
      outline.append("\", \"lessons\": [");
      for (int l = 1; l <= perSection; l++) {
        outline.append(l > 1 ? "," : "").append("{\"title\": \"").append(lesson(s + "." + l));
        outline.append("\", \"blocks\": [{\"type\": \"rich-text\", \"body\": \"<p>").append(l);
        outline.append("</p>\"}]}");
      }
      outline.append("]}");
    }
    long courseId =
        importCourse(
            """
            {"format": "relearn-course", "formatVersion": 1,
             "course": {"title": "หลักสูตรใหญ่ %s", "summary": "สี่ส่วน", "language": "th",
              "sections": [%s]}}
            """
                .formatted(suffix, outline));
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        new AuthorHomePage(browser);
        browser.open(CourseEditorPage.PATH + "?id=" + courseId);
        new CourseEditorPage(browser).publish().signOut();

        LoginPage.open(browser, "th").signIn("learner", PASSWORD);
        new MyLearningPage(browser);
        browser.open(CoursePage.PATH + "?id=" + courseId);
        LearnCoursePage page = new CoursePage(browser).enrol();
        assertThat(page.listedSections()).containsExactly(section(1));
        assertThat(page.sectionLinks()).containsExactly(section(2), section(3), section(4));
        assertThat(page.lessonsListed()).isEqualTo(perSection);
        assertThat(page.sectionDone(section(1))).isEqualTo("เรียนแล้ว 0 จาก 40");

        page = page.openLesson(lesson("1.1")).markDone().backToCourse();
        assertThat(page.sectionDone(section(1))).isEqualTo("เรียนแล้ว 1 จาก 40");
        assertThat(page.isDone(lesson("1.1"))).isTrue();

        page = page.openSection(section(3));
        assertThat(page.listedSections()).containsExactly(section(3));
        assertThat(page.sectionLinks()).containsExactly(section(1), section(2), section(4));
        assertThat(page.lessonsListed()).isEqualTo(perSection);
        browser.screenshot("23-learn-large-course-th");
        LessonPage third = page.openLesson(lesson("3.7"));
        assertThat(third.body()).contains("7");

        page = third.backToCourse();
        assertThat(page.listedSections())
            .as("back at the course: the section of the lesson last opened")
            .containsExactly(section(3));
        page = page.showAllLessons();
        assertThat(page.sectionLinks()).isEmpty();
        assertThat(page.lessonsListed()).isEqualTo(sections * perSection);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("failure-large-course");
        throw e;
      }
    }
  }

  private String section(int n) {
    return "ส่วน " + n + " " + suffix;
  }

  /**
   * The weight of a lesson page for a learner on a phone: first visit (nothing cached) and repeat
   * visit. Printed, not asserted: it is a measurement to watch, in the README and the build log.
   */
  private static void measureLessonPageWeight(Browser browser, String lessonPath)
      throws IOException {
    browser.openUncached(lessonPath);
    new LessonPage(browser);
    long first = browser.bytesTransferred();
    browser.open(lessonPath);
    new LessonPage(browser);
    long repeat = browser.bytesTransferred();
    String line =
        String.format(
            "Lesson page weight: first visit %,d bytes, repeat visit %,d bytes (%s)",
            first, repeat, lessonPath);
    System.out.println(line);
    java.nio.file.Files.writeString(
        screenshots().resolve("lesson-page-weight.txt"), line + System.lineSeparator());
  }

  /** A real PDF whose name is markup: the name is shown to learners, so it must stay text. */
  private static Path hostileWorksheet() throws IOException {
    Path dir = Files.createTempDirectory("relearn-hostile-");
    Path file = dir.resolve("<img src=x onerror=window.__xss=12>.pdf");
    Files.writeString(
        file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    return file;
  }

  private String lesson(String name) {
    return "บท " + name + " " + suffix;
  }

  /** The payloads had their chance: images failed, links were there to click. */
  private static void nothingRan(Browser browser, String where) {
    browser.waitFor(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "return Array.from(document.images).every(function (i) { return i.complete; });")));
    Object xss = browser.script("return window.__xss === undefined ? null : String(window.__xss);");
    assertThat(xss).as("injected script ran on the " + where).isNull();
    // left in the page as markup (an attribute or a script), not as text to read or edit, nor
    // as part of a file's own address on this server
    Object leftover =
        browser.script(
            "var found = [];"
                + "document.querySelectorAll('*').forEach(function (e) {"
                + "  Array.from(e.attributes).forEach(function (a) {"
                + "    var path = (a.name === 'href' || a.name === 'src') && a.value.charAt(0) === '/';"
                + "    if (a.name !== 'value' && !path && a.value.indexOf('__xss') >= 0) {"
                + "      found.push(e.tagName + ' ' + a.name);"
                + "    }"
                + "  });"
                + "  if (e.tagName === 'SCRIPT' && e.textContent.indexOf('__xss') >= 0) {"
                + "    found.push('SCRIPT');"
                + "  }"
                + "});"
                + "return found.join(', ');");
    assertThat(leftover).as("dangerous markup left in the " + where).isEqualTo("");
  }

  private long firstLessonId(Browser browser) {
    String href =
        browser
            .driver()
            .findElement(By.cssSelector(".section-card ol.lessons > li a"))
            .getAttribute("href");
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(href);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Imports, as the demo instructor through the API, a course whose text carries every payload. */
  private long importHostileCourse() throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder("<p>บทเรียน</p>");
    PAYLOADS.forEach(body::append);
    String manifest =
        """
        {"format": "relearn-course", "formatVersion": 1,
         "course": {"title": "%1$s %2$s", "summary": "%1$s", "language": "th",
          "sections": [
            {"title": "หมวด 1 %1$s", "lessons": [
              {"title": "%3$s", "blocks": [{"type": "rich-text", "body": "%5$s"}]},
              {"title": "%4$s", "blocks": [{"type": "rich-text", "body": "<p>สอง</p>"}]}]},
            {"title": "หมวด 2", "lessons": [
              {"title": "%6$s", "blocks": [{"type": "rich-text", "body": "<p>สาม</p>"}]}]}]}}
        """
            .formatted(
                TITLE_PAYLOAD.replace("\"", "\\\""),
                suffix,
                lesson("a"),
                lesson("b"),
                body,
                lesson("c"));
    // both lessons of the first section carry the payloads, whichever comes first after the moves
    manifest = manifest.replace("\"<p>สอง</p>\"", "\"" + body + "\"");
    return importCourse(manifest);
  }

  /**
   * Imports a course archive holding only {@code manifest} into the demo library, as its author.
   */
  private long importCourse(String manifest) throws IOException, InterruptedException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("manifest.json"));
      out.write(manifest.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        Base64.getEncoder()
            .encodeToString(("instructor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String library = libraryId(http, auth);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(api("courses/import?library=" + library))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    Matcher id = Pattern.compile("\"courseId\"\\s*:\\s*(\\d+)").matcher(response.body());
    assertThat(id.find()).as(response.body()).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** The demo library, found through the public catalog (the demo course belongs to it). */
  private String libraryId(HttpClient http, String auth) throws IOException, InterruptedException {
    HttpResponse<String> catalog =
        http.send(
            HttpRequest.newBuilder(api("courses")).header("Authorization", "Basic " + auth).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m =
        Pattern.compile("\"library(?:Id\"\\s*:\\s*|\"\\s*:\\s*\\{[^}]*\"id\"\\s*:\\s*)(\\d+)")
            .matcher(catalog.body());
    assertThat(m.find()).as(catalog.body()).isTrue();
    return m.group(1);
  }

  private URI api(String path) {
    String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/";
    return URI.create(root + "api/v1/" + path);
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }
}
