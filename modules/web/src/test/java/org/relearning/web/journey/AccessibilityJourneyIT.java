package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main pages in Thai on a 360 px phone, as people who cannot use a mouse or see small text meet
 * them: axe-core finds no serious or critical problem on any of them; a learner signs in, opens the
 * course, a lesson and the quiz, answers and submits it with the keyboard alone, always seeing
 * where the focus is; and the larger text, picked once in the header, stays on every page without
 * sideways scrolling.
 *
 * <p>The pages are the demo library's (its course, quiz and people), which every deployment has.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityJourneyIT {

  private static final String PASSWORD = demoPassword();
  private static final String COURSE = "การทำขนมไทยเพื่ออาชีพที่สอง";
  private static final String LESSON = "ขนมชั้นใบเตย";
  private static final String QUIZ_LESSON = "แบบทดสอบท้ายบท";
  private static final String RIGHT_SINGLE = "9 ชั้น";
  private static final String RIGHT_TRUE_FALSE = "ถูก";

  // what the Thai pages say (messages_th.properties)
  private static final String LARGER_TH = "ตัวอักษรใหญ่ขึ้น";
  private static final String NORMAL_TH = "ตัวอักษรขนาดปกติ";
  private static final String LARGER_EN = "Larger text";
  private static final String SKIP_TH = "ข้ามไปยังเนื้อหา";

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
  void mainPagesHaveNoSeriousOrCriticalViolations() throws Exception {
    List<Axe.Violation> found = new ArrayList<>();
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        browser.forgetEveryone();
        check(browser, found, "home", "/index.xhtml?lang=th");
        check(browser, found, "catalog", "/catalog.xhtml");
        CatalogPage.open(browser).openCourse(COURSE);
        found.addAll(Axe.seriousOrCritical(browser, "course"));
        check(browser, found, "sign-in", LoginPage.PATH);
        check(browser, found, "register", "/register.xhtml");

        LoginPage.open(browser, "th").signIn("learner", PASSWORD);
        MyLearningPage mine = new MyLearningPage(browser);
        found.addAll(Axe.seriousOrCritical(browser, "my-learning"));
        String code = mine.certificateFor(COURSE).orElseThrow().code();
        follow(browser, COURSE);
        LearnCoursePage course = new LearnCoursePage(browser);
        found.addAll(Axe.seriousOrCritical(browser, "learn-course"));
        course.openLesson(LESSON);
        found.addAll(Axe.seriousOrCritical(browser, "lesson"));
        QuizPage quiz = new LessonPage(browser).backToCourse().openLesson(QUIZ_LESSON).takeQuiz();
        if (!quiz.offersStart()) {
          // an attempt left open on a shared database resumes at once: finish it to see the start
          quiz = quiz.submit().backToCourse().openLesson(QUIZ_LESSON).takeQuiz();
        }
        found.addAll(Axe.seriousOrCritical(browser, "quiz-start"));
        quiz = quiz.start();
        found.addAll(Axe.seriousOrCritical(browser, "quiz-attempt"));
        quiz.submit();
        browser.open("/verify/" + code);
        found.addAll(Axe.seriousOrCritical(browser, "verify"));
        browser.forgetEveryone();

        LoginPage.open(browser, "th").signIn("instructor", PASSWORD);
        found.addAll(Axe.seriousOrCritical(browser, "author-home"));
        follow(browser, COURSE);
        found.addAll(Axe.seriousOrCritical(browser, "course-editor"));
        browser.forgetEveryone();

        LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
        check(browser, found, "admin-people", "/admin/people.xhtml");
        check(browser, found, "admin-certificates", "/admin/certificates.xhtml");
        check(browser, found, "admin-courses", "/admin/courses.xhtml");
        assertThat(demoCourseEnrolments(browser))
            .as("the demo course is listed with its enrolled learner")
            .isPositive();
        found.addAll(archiveDialogOfDemoCourse(browser));
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("a11y-axe-failure");
        throw e;
      }
    }
    assertThat(found)
        .as("serious or critical axe-core violations:%n%s", String.join("\n", lines(found)))
        .isEmpty();
  }

  @Test
  void aLearnerTakesTheQuizWithTheKeyboardAlone() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        browser.forgetEveryone();
        browser.open(LoginPage.PATH + "?lang=th");
        Keyboard keys = new Keyboard(browser);
        WebElement skip = keys.tab();
        assertThat(skip.getText().strip())
            .as("the first Tab reaches the skip link")
            .isEqualTo(SKIP_TH);
        assertThat(skip.getRect().getX()).as("the skip link shows when focused").isNotNegative();

        keys.tabTo(e -> "login:username".equals(e.getAttribute("id"))).sendKeys("learner");
        keys.tabTo(e -> "login:password".equals(e.getAttribute("id"))).sendKeys(PASSWORD);
        assertThat(keys.shiftTab().getAttribute("id"))
            .as("Shift+Tab goes back to the username")
            .isEqualTo("login:username");
        keys.tab();
        keys.pressAndWaitForPage(Keys.ENTER);
        new MyLearningPage(browser);

        keys.tabTo(linkNamed(COURSE));
        keys.pressAndWaitForPage(Keys.ENTER);
        new LearnCoursePage(browser);
        keys.tabTo(linkNamed(LESSON));
        keys.pressAndWaitForPage(Keys.ENTER);
        assertThat(new LessonPage(browser).title()).isEqualTo(LESSON);

        keys.tabTo(
            e ->
                "a".equals(e.getTagName())
                    && e.getAttribute("href").contains("/learn/course.xhtml"));
        keys.pressAndWaitForPage(Keys.ENTER);
        keys.tabTo(linkNamed(QUIZ_LESSON));
        keys.pressAndWaitForPage(Keys.ENTER);
        keys.tabTo(e -> "take-quiz".equals(e.getAttribute("id")));
        keys.pressAndWaitForPage(Keys.ENTER);
        if (!browser.driver().findElements(By.id("start:start")).isEmpty()) {
          keys.tabTo(e -> "start:start".equals(e.getAttribute("id")));
          keys.pressAndWaitForPage(Keys.ENTER);
        } // else an attempt left open on a shared database resumed at once
        new QuizPage(browser).visible(By.cssSelector("form#quiz"));

        keys.choose(1, RIGHT_SINGLE);
        keys.choose(2, RIGHT_TRUE_FALSE);
        browser.screenshot("a11y-keyboard-answers-th");
        keys.tabTo(e -> "quiz:submit".equals(e.getAttribute("id")));
        keys.pressAndWaitForPage(Keys.ENTER);
        keys.tabTo(e -> "quiz:confirm".equals(e.getAttribute("id")));
        keys.pressAndWaitForPage(Keys.ENTER);
        QuizPage result = new QuizPage(browser);
        assertThat(result.passed()).as("both answers chosen by keyboard were right").isTrue();
        browser.screenshot("a11y-keyboard-result-th");
        assertThat(keys.withoutVisibleFocus())
            .as("focused elements without a visible focus")
            .isEmpty();
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("a11y-keyboard-failure");
        throw e;
      }
    }
  }

  @Test
  void largerTextIsRememberedOnEveryPageAndFitsAPhone() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        browser.forgetEveryone();
        browser.open("/index.xhtml?lang=th");
        double normal = bodyFontSize(browser);
        WebElement toggle = browser.driver().findElement(By.id("text-size"));
        assertThat(toggle.getText().strip()).isEqualTo(LARGER_TH);
        browser.clickAndWaitForPage(toggle);
        assertThat(bodyFontSize(browser)).isGreaterThanOrEqualTo(normal * 1.15);
        assertThat(browser.driver().findElement(By.id("text-size")).getText().strip())
            .isEqualTo(NORMAL_TH);
        browser.screenshot("a11y-larger-home-th");

        List<String> wide = new ArrayList<>();
        for (String page :
            List.of("/catalog.xhtml", LoginPage.PATH, "/register.xhtml", "/verify.xhtml")) {
          browser.open(page);
          assertThat(bodyFontSize(browser)).as("remembered on %s", page).isGreaterThan(normal);
          if (browser.overflowsSideways()) {
            wide.add(page);
          }
        }
        LoginPage.open(browser, "th").signIn("learner", PASSWORD);
        new MyLearningPage(browser);
        if (browser.overflowsSideways()) {
          wide.add("/learn/index.xhtml");
        }
        follow(browser, COURSE);
        new LearnCoursePage(browser).openLesson(LESSON);
        assertThat(bodyFontSize(browser)).as("still larger once signed in").isGreaterThan(normal);
        if (browser.overflowsSideways()) {
          wide.add("lesson");
        }
        browser.screenshot("a11y-larger-lesson-th");
        assertThat(wide).as("pages wider than the phone with larger text").isEmpty();

        new LessonPage(browser).switchToEnglish();
        assertThat(browser.driver().findElement(By.id("text-size")).getText().strip())
            .isNotEqualTo(LARGER_EN);
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("text-size")));
        assertThat(bodyFontSize(browser)).isEqualTo(normal);
        assertThat(browser.driver().findElement(By.id("text-size")).getText().strip())
            .isEqualTo(LARGER_EN);
        new LessonPage(browser).switchToThai();

        browser.clickAndWaitForPage(browser.driver().findElement(By.id("text-size")));
        assertThat(bodyFontSize(browser)).as("picked again, signed in").isGreaterThan(normal);
        browser.forgetEveryone();
        LoginPage onAnotherDevice = LoginPage.open(browser, "th");
        assertThat(bodyFontSize(browser))
            .as("another device starts with normal text")
            .isEqualTo(normal);
        onAnotherDevice.signIn("learner", PASSWORD);
        new MyLearningPage(browser);
        assertThat(bodyFontSize(browser))
            .as("the learner's larger text follows them to the new device")
            .isGreaterThan(normal);
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("text-size")));
        assertThat(bodyFontSize(browser)).as("and back to normal for them").isEqualTo(normal);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("a11y-larger-text-failure");
        throw e;
      }
    }
  }

  /** Keys only, as a person without a mouse: Tab, Shift+Tab, arrows, Space and Enter. */
  private static final class Keyboard {
    private static final int MAX_TABS = 80;
    private final Browser browser;
    private final List<String> withoutVisibleFocus = new ArrayList<>();

    Keyboard(Browser browser) {
      this.browser = browser;
    }

    WebElement tab() {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      return focused();
    }

    WebElement shiftTab() {
      new Actions(browser.driver())
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.TAB)
          .keyUp(Keys.SHIFT)
          .perform();
      return focused();
    }

    /** Tabs forward until the focus is on what {@code wanted} accepts. */
    WebElement tabTo(Predicate<WebElement> wanted) {
      for (int i = 0; i < MAX_TABS; i++) {
        WebElement now = tab();
        if (now != null && wanted.test(now)) {
          return now;
        }
      }
      throw new AssertionError("Tab never reached the element wanted on " + browser.currentPath());
    }

    void pressAndWaitForPage(CharSequence key) {
      browser.markForNavigation();
      new Actions(browser.driver()).sendKeys(key).perform();
      browser.waitForNavigation();
    }

    /**
     * Tabs into the option group of question {@code number}, then moves with the arrow keys to the
     * option labelled {@code label} (which chooses it, as radio buttons do) and waits until it is
     * saved.
     */
    void choose(int number, String label) {
      String group = "question-" + number;
      WebElement radio =
          tabTo(
              e ->
                  "radio".equals(e.getAttribute("type"))
                      && Boolean.TRUE.equals(
                          browser.script("return !!arguments[0].closest('#" + group + "');", e)));
      boolean changed = false;
      for (int i = 0; i < 6 && !label.equals(labelOf(radio)); i++) {
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        radio = focused();
        changed = true;
      }
      assertThat(labelOf(radio)).as("option reached with the arrow keys").isEqualTo(label);
      if (!radio.isSelected()) {
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        changed = true;
      }
      if (!changed) {
        return; // chosen and saved before (a resumed attempt)
      }
      browser.waitFor(
          d ->
              !browser
                  .driver()
                  .findElements(By.cssSelector("#" + group + " .save-status.saved"))
                  .isEmpty());
    }

    private String labelOf(WebElement radio) {
      return ((String)
              browser.script(
                  "var l = document.querySelector('label[for=\"' + arguments[0].id + '\"]');"
                      + "return l ? l.textContent.trim() : '';",
                  radio))
          .strip();
    }

    private WebElement focused() {
      WebElement now = browser.driver().switchTo().activeElement();
      if (now != null && !"body".equals(now.getTagName()) && !focusVisible(now)) {
        withoutVisibleFocus.add(browser.currentPath() + " " + describe(now));
      }
      return now;
    }

    private boolean focusVisible(WebElement element) {
      return Boolean.TRUE.equals(
          browser.script(
              "var s = getComputedStyle(arguments[0]);"
                  + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                  + " || (s.boxShadow && s.boxShadow !== 'none');",
              element));
    }

    private String describe(WebElement element) {
      return element.getTagName()
          + "#"
          + element.getAttribute("id")
          + " \""
          + element.getText().strip()
          + "\"";
    }

    List<String> withoutVisibleFocus() {
      return withoutVisibleFocus;
    }
  }

  private static Predicate<WebElement> linkNamed(String text) {
    return e -> "a".equals(e.getTagName()) && text.equals(e.getText().strip());
  }

  private static void check(Browser browser, List<Axe.Violation> found, String name, String path) {
    browser.open(path);
    found.addAll(Axe.seriousOrCritical(browser, name));
  }

  /** Follows the link in the page's content whose text is exactly {@code text}. */
  private static void follow(Browser browser, String text) {
    WebElement link =
        browser.driver().findElements(By.cssSelector("main a")).stream()
            .filter(a -> a.getText().strip().equals(text))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no link \"" + text + "\" on " + browser.currentPath()));
    browser.clickAndWaitForPage(link);
  }

  /**
   * The enrolments the courses page shows for the demo course, searched by its title (a shared
   * database has many courses).
   */
  private static int demoCourseEnrolments(Browser browser) {
    browser.driver().findElement(By.id("courses:text")).sendKeys(COURSE);
    browser.driver().findElement(By.id("courses:search")).click();
    browser.waitForAjax();
    WebElement row =
        browser.waitFor(
            d ->
                d.findElements(By.cssSelector("tr.course-row")).stream()
                    .filter(
                        r ->
                            r.findElement(By.className("course-title"))
                                .getText()
                                .strip()
                                .equals(COURSE))
                    .findFirst()
                    .orElse(null));
    return Integer.parseInt(row.findElement(By.className("enrolments")).getText().strip());
  }

  /**
   * Opens the archive dialog of the demo course, checks it names the course and has no serious
   * problem, and closes it without archiving.
   */
  private static List<Axe.Violation> archiveDialogOfDemoCourse(Browser browser) {
    WebElement row =
        browser.driver().findElements(By.cssSelector("tr.course-row")).stream()
            .filter(r -> r.getText().contains(COURSE))
            .findFirst()
            .orElseThrow();
    row.findElement(By.cssSelector("button.archive")).click();
    browser.waitForAjax();
    WebElement dialog =
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("archive-dialog")));
    assertThat(dialog.findElement(By.className("archive-title")).getText().strip())
        .isEqualTo(COURSE);
    List<Axe.Violation> found = Axe.seriousOrCritical(browser, "admin-courses-archive-dialog");
    browser.driver().findElement(By.id("archive-form:cancel")).click();
    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("archive-dialog")));
    return found;
  }

  private static double bodyFontSize(Browser browser) {
    return Double.parseDouble(
        ((String) browser.script("return getComputedStyle(document.body).fontSize;"))
            .replace("px", ""));
  }

  private static List<String> lines(List<Axe.Violation> found) {
    return found.stream().map(Axe.Violation::toString).toList();
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
