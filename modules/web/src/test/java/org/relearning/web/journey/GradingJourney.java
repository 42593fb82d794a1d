package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * The browser part of {@link GradingJourneyIT}, kept apart so that the test class stays loadable
 * inside the server, where the browser's classes are not deployed.
 */
final class GradingJourney {

  private static final String PASSWORD =
      System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");

  private GradingJourney() {}

  static void walk(URL base) throws Exception {
    Browser.requireChromium();
    long courseId = newestCourse(base);
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        new AuthorHomePage(browser);
        browser.open(CourseEditorPage.PATH + "?id=" + courseId);
        CourseEditorPage editor = new CourseEditorPage(browser);
        String link =
            browser.driver().findElement(By.cssSelector("a[id$='grading']")).getText().strip();
        assertThat(link).as("the course editor counts what waits").contains("(1)");
        browser.clickAndWaitForPage(
            browser.driver().findElement(By.cssSelector("a[id$='grading']")));

        GradingPage queue = new GradingPage(browser);
        assertThat(queue.learners()).containsExactly(GradingJourneyIT.LEARNER);
        assertThat(queue.firstResponse()).contains("ขั้นแรก").contains("นึ่งทีละชั้น");
        assertThat(queue.firstResponse().lines().count()).as("line breaks kept").isEqualTo(2);
        assertThat(browser.overflowsSideways()).as("fits a phone").isFalse();
        browser.screenshot("60-grading-queue-th");

        queue = queue.gradeFirst("1.5", "เล่าได้ดี แต่ขาดการตัดชิ้น");
        assertThat(queue.isEmpty()).as("the graded answer left the queue").isTrue();
        assertThat(queue.messages()).contains("บันทึกคะแนนแล้ว");
        browser.screenshot("61-grading-queue-empty-th");

        browser.open(CourseEditorPage.PATH + "?id=" + courseId);
        editor = new CourseEditorPage(browser);
        browser.clickAndWaitForPage(
            browser.driver().findElement(By.cssSelector("main a[href*='/author/quiz.xhtml']")));
        new QuizEditorPage(browser);
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("results-link")));

        ResultsPage results = new ResultsPage(browser);
        assertThat(results.learners()).containsExactly(GradingJourneyIT.LEARNER);
        assertThat(results.scores()).containsExactly("83%");
        assertThat(results.showsStatistics()).isTrue();
        assertThat(results.optionBars())
            .as("option texts and counts are readable text")
            .anySatisfy(bar -> assertThat(bar).startsWith("9").contains("1"));
        assertThat(browser.overflowsSideways()).as("fits a phone").isFalse();
        browser.screenshot("62-quiz-results-th");

        HttpResponse<byte[]> csv = browser.getWithBrowserCookies(results.csvPath());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains(GradingJourneyIT.LEARNER);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("failure-grading");
        throw e;
      }
    }
  }

  /** The newest published course whose title starts with the journey's title. */
  private static long newestCourse(URL base) throws Exception {
    URI uri =
        base.toURI()
            .resolve(
                "api/v1/courses?q="
                    + URLEncoder.encode(GradingJourneyIT.TITLE, StandardCharsets.UTF_8));
    HttpResponse<String> found =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    // catalog entries start with their id: {"id":12,"library":{...},"title":...}
    Matcher entry = Pattern.compile("\\{\"id\":(\\d+),\"library\"").matcher(found.body());
    long newest = -1;
    while (entry.find()) {
      newest = Math.max(newest, Long.parseLong(entry.group(1)));
    }
    assertThat(newest)
        .as("a course titled " + GradingJourneyIT.TITLE + ": " + found.body())
        .isPositive();
    return newest;
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }
}
