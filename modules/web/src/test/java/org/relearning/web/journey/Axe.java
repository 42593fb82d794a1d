package org.relearning.web.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * axe-core run inside the page the browser shows. The script comes from the test classpath (the npm
 * build of axe-core that Deque packages for Java), so nothing is downloaded while tests run.
 */
final class Axe {

  /** One rule broken on a page, with the elements that break it. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return page + ": " + rule + " (" + impact + ") " + help + " at " + targets;
    }
  }

  private static final String SOURCE = load();

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
        done(result.violations
          .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
          .map(function (v) {
            return { rule: v.id, impact: v.impact, help: v.help,
              targets: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + n.html; }) };
          }));
      }).catch(function (e) { done([{ rule: 'axe-error', impact: 'critical', help: String(e), targets: [] }]); });
      """;

  private Axe() {}

  /** The serious and critical violations of the page shown now, named {@code page} in reports. */
  @SuppressWarnings("unchecked")
  static List<Violation> seriousOrCritical(Browser browser, String page) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
      browser.script(SOURCE);
    }
    settle(browser);
    Object result =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(RUN);
    return ((List<Map<String, Object>>) result)
        .stream()
            .map(
                v ->
                    new Violation(
                        page,
                        (String) v.get("rule"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        ((List<Object>) v.get("targets")).stream().map(String::valueOf).toList()))
            .toList();
  }

  /**
   * Waits until nothing on the page moves: a dialog's mask fading in, or a button's colours in
   * transition, would be judged half-drawn, and the contrast found would be neither before nor
   * after.
   */
  private static void settle(Browser browser) {
    browser.waitFor(
        d ->
            Boolean.TRUE.equals(
                    browser.script(
                        "return document.getAnimations().every(a => a.playState !== 'running')"
                            + " && (!window.jQuery || jQuery(':animated').length === 0);"))
                ? true
                : null);
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
