package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relearning.web.journey.QuizTakingIT.DISTRACTOR;
import static org.relearning.web.journey.QuizTakingIT.ESSAY;
import static org.relearning.web.journey.QuizTakingIT.MATCHING;
import static org.relearning.web.journey.QuizTakingIT.MULTIPLE;
import static org.relearning.web.journey.QuizTakingIT.MULTIPLE_RIGHT;
import static org.relearning.web.journey.QuizTakingIT.MULTIPLE_WRONG;
import static org.relearning.web.journey.QuizTakingIT.ORDERING;
import static org.relearning.web.journey.QuizTakingIT.PAIRS;
import static org.relearning.web.journey.QuizTakingIT.PASSWORD;
import static org.relearning.web.journey.QuizTakingIT.SHORT;
import static org.relearning.web.journey.QuizTakingIT.SHORT_TYPED;
import static org.relearning.web.journey.QuizTakingIT.SINGLE;
import static org.relearning.web.journey.QuizTakingIT.SINGLE_OPTIONS;
import static org.relearning.web.journey.QuizTakingIT.STEPS;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The browser half of {@link QuizTakingIT}: a learner takes the timed quiz the server half built.
 * Every document and Ajax response the browser gets until the review is kept and searched for
 * correct answers.
 */
final class QuizTakingJourney {

  private static final String SAVED = "บันทึกคำตอบแล้ว";
  private static final String SAVE_FAILED =
      "ยังไม่ได้บันทึก กรุณาตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง คำตอบของคุณยังอยู่";

  /** Keeps the text of every XMLHttpRequest response of the page in {@code window.__responses}. */
  private static final String RECORD_AJAX =
      """
      if (!window.__responses) {
        window.__responses = [];
        var send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.send = function () {
          var xhr = this;
          xhr.addEventListener('loadend', function () {
            window.__responses.push(String(xhr.responseText));
          });
          return send.apply(this, arguments);
        };
      }
      """;

  private final URL base;
  private final String token;
  private final List<String> received = new ArrayList<>();
  private int ajaxResponses;

  QuizTakingJourney(URL base, String token) {
    this.base = base;
    this.token = token;
  }

  void run() throws Exception {
    Browser.requireChromium();
    try (Browser browser = Browser.start(base, Path.of("target/screenshots/quiz-taking"))) {
      try {
        journey(browser);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("quiz-taking-failure");
        throw e;
      }
    }
  }

  private void journey(Browser browser) throws Exception {
    LoginPage.open(browser, "th").signIn(QuizTakingIT.learner(token), PASSWORD);
    new MyLearningPage(browser);
    browser.open("/catalog.xhtml?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    String quizTitle = QuizTakingIT.quizTitle(token);
    QuizPage quiz =
        new CatalogPage(browser)
            .openCourse(QuizTakingIT.courseTitle(token))
            .enrol()
            .openLesson(quizTitle)
            .takeQuiz();

    // the start view: the rules, nothing taken yet
    assertThat(quiz.heading()).isEqualTo(quizTitle);
    assertThat(quiz.fact("questions")).isEqualTo("6");
    assertThat(quiz.fact("time-limit")).contains("10");
    assertThat(quiz.fact("pass-mark")).contains("60");
    assertThat(quiz.attempts()).isEmpty();
    assertThat(quiz.offersStart()).isTrue();
    browser.screenshot("01-start");
    keep(browser);

    // page 1: single choice and multiple response
    quiz = quiz.start();
    record(browser);
    assertThat(quiz.pageOf()).isEqualTo("หน้า 1 จาก 3");
    assertThat(quiz.questions()).containsExactly(SINGLE, MULTIPLE);
    assertThat(quiz.offersPrevious()).isFalse();
    long atStart = quiz.serverSecondsLeft();
    assertThat(atStart).as("seconds left of a 10-minute attempt").isBetween(1L, 600L);
    String shown = quiz.clock();
    QuizPage ticking = quiz;
    browser.waitFor(d -> !ticking.clock().equals(shown));
    quiz.choose(SINGLE, SINGLE_OPTIONS.get(0), SAVED);
    for (String right : MULTIPLE_RIGHT) {
      quiz.choose(MULTIPLE, right, SAVED);
    }
    assertThat(quiz.isChosen(MULTIPLE, MULTIPLE_WRONG)).isFalse();
    browser.screenshot("02-page-1");
    keep(browser);

    // page 2: the short answer only, then reload
    quiz = quiz.next();
    record(browser);
    assertThat(quiz.pageOf()).isEqualTo("หน้า 2 จาก 3");
    assertThat(quiz.questions()).containsExactly(SHORT, MATCHING);
    quiz.type(SHORT, SHORT_TYPED, SAVED);
    String attempt = quiz.attemptLabel();
    long beforeReload = quiz.serverSecondsLeft();
    keep(browser);
    // the server counts whole seconds: let at least one pass, so the reload must show less
    Thread.sleep(2_100);

    quiz = quiz.reload();
    record(browser);
    assertThat(quiz.pageOf()).as("resumed on the page left").isEqualTo("หน้า 2 จาก 3");
    assertThat(quiz.attemptLabel()).isEqualTo(attempt);
    assertThat(quiz.typed(SHORT)).isEqualTo(SHORT_TYPED);
    assertThat(quiz.savedIndicator(SHORT)).isEqualTo(SAVED);
    assertThat(quiz.savedIndicator(MATCHING)).as("nothing saved for matching yet").isEmpty();
    long afterReload = quiz.serverSecondsLeft();
    assertThat(afterReload).isPositive().isLessThan(beforeReload);
    browser.screenshot("03-page-2-reloaded");
    keep(browser);

    quiz = quiz.previous();
    record(browser);
    assertThat(quiz.pageOf()).isEqualTo("หน้า 1 จาก 3");
    assertThat(quiz.isChosen(SINGLE, SINGLE_OPTIONS.get(0))).isTrue();
    for (String right : MULTIPLE_RIGHT) {
      assertThat(quiz.isChosen(MULTIPLE, right)).as(right).isTrue();
    }
    assertThat(quiz.isChosen(MULTIPLE, MULTIPLE_WRONG)).isFalse();
    assertThat(quiz.savedIndicator(SINGLE)).isEqualTo(SAVED);
    keep(browser);

    // page 2 again: the matching question
    quiz = quiz.next();
    record(browser);
    assertThat(quiz.typed(SHORT)).isEqualTo(SHORT_TYPED);
    // the signal drops: the answer is not said to be saved, stays chosen, and can be saved again
    browser.offline(true);
    try {
      quiz.matchUnsaved(MATCHING, PAIRS.get(0).get(0), PAIRS.get(0).get(1), SAVE_FAILED);
      assertThat(quiz.offersRetry(MATCHING)).isTrue();
      assertThat(quiz.matched(MATCHING, PAIRS.get(0).get(0))).isEqualTo(PAIRS.get(0).get(1));
      assertThat(quiz.connectionLostShown()).as("the page says the connection was lost").isTrue();
      browser.screenshot("03b-save-failed");
    } finally {
      browser.offline(false);
    }
    quiz.retrySaving(MATCHING, SAVED);
    assertThat(quiz.offersRetry(MATCHING)).isFalse();
    assertThat(quiz.connectionLostShown()).as("gone once a request got through").isFalse();
    for (List<String> pair : PAIRS.subList(1, PAIRS.size())) {
      quiz.match(MATCHING, pair.get(0), pair.get(1), SAVED);
    }
    keep(browser);

    // page 3: ordering shown shuffled, put right with the keyboard; the essay left empty
    quiz = quiz.next();
    record(browser);
    assertThat(quiz.pageOf()).isEqualTo("หน้า 3 จาก 3");
    assertThat(quiz.questions()).containsExactly(ORDERING, ESSAY);
    List<String> offered = quiz.order(ORDERING);
    assertThat(offered).containsExactlyInAnyOrderElementsOf(STEPS);
    assertThat(offered).as("the items are not shown in the answer's order").isNotEqualTo(STEPS);
    keep(browser);
    quiz.arrange(ORDERING, STEPS, SAVED);
    assertThat(quiz.order(ORDERING)).isEqualTo(STEPS);
    browser.screenshot("04-page-3");
    keep(browser);

    QuizPage confirm = quiz.askToSubmit();
    assertThat(confirm.unanswered()).contains("1");
    browser.screenshot("05-confirm");
    keep(browser);

    nothingCorrectReachedTheBrowser();

    // the result and the review
    QuizPage review = confirm.confirmSubmit();
    browser.screenshot("06-review");
    assertThat(review.passed()).isTrue();
    assertThat(review.score()).contains("83%");
    assertThat(review.reviewLines(1, "response")).containsExactly(SINGLE_OPTIONS.get(0));
    assertThat(review.reviewLines(2, "response"))
        .containsExactlyInAnyOrderElementsOf(MULTIPLE_RIGHT);
    assertThat(review.reviewLines(3, "response")).containsExactly(SHORT_TYPED);
    assertThat(review.reviewLines(3, "correct"))
        .as("both accepted answers, the marker among them, show once review allows")
        .contains(SHORT_TYPED, QuizTakingIT.marker(token));
    assertThat(review.reviewLines(4, "response"))
        .containsExactly(
            PAIRS.stream().map(p -> p.get(0) + " → " + p.get(1)).toArray(String[]::new));
    assertThat(review.reviewLines(5, "response"))
        .containsExactly(
            STEPS.stream().map(s -> (STEPS.indexOf(s) + 1) + ". " + s).toArray(String[]::new));
    assertThat(review.reviewOf(6)).contains("ไม่ได้ตอบ");
    assertThat(review.reviewOf(1))
        .as("feedback shows in the review, so the marker does reach the browser when allowed")
        .contains(QuizTakingIT.marker(token));

    // back at the start: one attempt whatever the clicks, the grade, and Start again
    QuizPage start = review.backToQuiz();
    assertThat(start.attempts()).hasSize(1);
    assertThat(start.attempts().get(0)).contains("83%");
    assertThat(start.fact("grade")).contains("83");
    assertThat(start.startLabel()).isEqualTo("เริ่มทำใหม่อีกครั้ง");
    browser.screenshot("07-start-again");
  }

  /** Starts recording the Ajax responses of the page just loaded. */
  private static void record(Browser browser) {
    browser.script(RECORD_AJAX);
  }

  /** Keeps the document as it stands, the same page fetched afresh, and the Ajax responses. */
  @SuppressWarnings("unchecked")
  private void keep(Browser browser) throws Exception {
    received.add(browser.driver().getPageSource());
    Object ajax =
        browser.script("var r = window.__responses || []; window.__responses = []; return r;");
    for (Object body : (List<Object>) ajax) {
      received.add(String.valueOf(body));
      ajaxResponses++;
    }
    received.add(
        new String(
            browser.getWithBrowserCookies(browser.currentPath()).body(), StandardCharsets.UTF_8));
  }

  private void nothingCorrectReachedTheBrowser() {
    assertThat(ajaxResponses).as("Ajax responses recorded during the attempt").isGreaterThan(5);
    String marker = QuizTakingIT.marker(token);
    List<String> leaks = new ArrayList<>();
    leaks.add(marker);
    leaks.add(marker.toLowerCase(Locale.ROOT));
    for (List<String> p : PAIRS) {
      for (String arrow : List.of("=>", "=&gt;", " → ", "→")) {
        leaks.add(p.get(0) + arrow + p.get(1));
      }
    }
    leaks.add("=>" + DISTRACTOR);
    leaks.add("=&gt;" + DISTRACTOR);
    leaks.add(String.join(",", STEPS));
    for (String body : received) {
      for (String leak : leaks) {
        assertThat(body).as("a response before the review").doesNotContain(leak);
      }
      assertThat(body)
          .as("no correctness flags")
          .doesNotContainIgnoringCase("iscorrect")
          .doesNotContain("\"correct\"")
          .doesNotContain("data-correct");
    }
  }
}
