package org.relearning.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone-sized headless Debian Chromium pointed at the deployed application, with the waits every
 * page object uses, screenshots, and plain HTTP requests that carry the browser's cookies (for the
 * PDF and for status codes, which Selenium cannot see).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDTH = 360;
  static final int HEIGHT = 800;

  private static final System.Logger LOG = System.getLogger(Browser.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final java.util.logging.Logger CDP_VERSION_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  /**
   * Counts the plain Faces Ajax requests in flight ({@code f:ajax} has no public queue to ask);
   * installed on a page before the action that sends one.
   */
  private static final String INSTALL_FACES_AJAX_COUNTER =
      """
      var f = window.faces || window.jsf;
      if (f && f.ajax && !window.relearnFacesAjax) {
        var counter = window.relearnFacesAjax = { pending: 0 };
        f.ajax.addOnEvent(function (data) {
          if (data.status === 'begin') { counter.pending++; }
          if (data.status === 'success') { counter.pending = Math.max(0, counter.pending - 1); }
        });
        f.ajax.addOnError(function () { counter.pending = Math.max(0, counter.pending - 1); });
      }
      """;

  /** Idle: document loaded, no jQuery/PrimeFaces or Faces Ajax request queued, no animation. */
  private static final String AJAX_IDLE =
      """
      var pf = window.PrimeFaces;
      return document.readyState === 'complete'
        && (!window.jQuery || window.jQuery.active === 0)
        && (!pf || !pf.ajax || !pf.ajax.Queue || pf.ajax.Queue.isEmpty())
        && (!pf || pf.animationActive !== true)
        && (!window.relearnFacesAjax || window.relearnFacesAjax.pending === 0);
      """;

  private final ChromeDriver driver;
  private final URI base;
  private final Path screenshots;
  private final Path profile;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Browser(ChromeDriver driver, URI base, Path screenshots, Path profile) {
    this.driver = driver;
    this.base = base;
    this.screenshots = screenshots;
    this.profile = profile;
  }

  /**
   * For a browser test's {@code @BeforeAll}: without Chromium the test is skipped on a developer's
   * machine, and fails on CI, where browser tests must run.
   */
  static void requireChromium() {
    if (isInstalled()) {
      return;
    }
    String missing = "Chromium not installed: apt-get install -y chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      org.junit.jupiter.api.Assertions.fail(
          missing + " (required on CI: " + CHROMIUM + ", " + CHROMEDRIVER + ")");
    }
    // a developer without Chromium still gets every other test; CI never gets here (above)
    org.junit.jupiter.api.Assumptions.abort(missing);
  }

  static boolean isInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts Chromium offline: with the driver given, Selenium Manager is never asked. */
  static Browser start(URL base, Path screenshots) throws IOException {
    // Selenium's CDP bindings lag behind Debian's Chromium; only the version warning is silenced
    CDP_VERSION_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Files.createDirectories(screenshots);
    Path profile = Files.createTempDirectory("relearn-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile,
        "--lang=th");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "th"));
    // desktop Chromium keeps windows at least 500 px wide, even headless: emulate the phone
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0)));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            // the learners' and librarians' browsers keep Thai time, whatever the machine's zone
            .withEnvironment(Map.of("TZ", "Asia/Bangkok"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    URI root = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/");
    return new Browser(driver, root, screenshots, profile);
  }

  WebDriver driver() {
    return driver;
  }

  Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  /** An address inside the application, from a path like {@code "verify/ABCD-EFGH"}. */
  URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  void open(String path) {
    driver.get(uri(path).toString());
    waitForPage();
  }

  void reload() {
    markDocument();
    driver.navigate().refresh();
    waitFor(d -> isNewDocument());
  }

  /** Path and query of the current page, relative to the application. */
  String currentPath() {
    URI now = URI.create(driver.getCurrentUrl());
    String path = now.getRawPath().substring(base.getRawPath().length() - 1);
    return now.getRawQuery() == null ? path : path + "?" + now.getRawQuery();
  }

  <T> T waitFor(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT).until(condition);
  }

  void waitForPage() {
    waitFor(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Clicks something that loads a new document (a link, a non-Ajax submit) and waits for it. */
  void clickAndWaitForPage(WebElement element) {
    markDocument();
    element.click();
    waitFor(d -> isNewDocument());
  }

  /**
   * Bytes that came over the network for the current page and everything it loaded, as the Resource
   * Timing API counts them (headers and compressed bodies; 0 for what the cache served).
   */
  long bytesTransferred() {
    Object total =
        driver.executeScript(
            "var nav = performance.getEntriesByType('navigation')[0];"
                + "var sum = nav ? nav.transferSize : 0;"
                + "performance.getEntriesByType('resource').forEach(function (r) {"
                + "  sum += r.transferSize; });"
                + "return sum;");
    return ((Number) total).longValue();
  }

  /** Opens a page with the browser cache off, as on a first visit. */
  void openUncached(String path) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    try {
      open(path);
    } finally {
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
  }

  /** Cuts the browser off the network, or connects it again, as a phone losing its signal. */
  void offline(boolean offline) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Before an action that loads a new document by script (an Ajax redirect, say). */
  void markForNavigation() {
    markDocument();
  }

  void waitForNavigation() {
    waitFor(d -> isNewDocument());
  }

  /**
   * Marks the current document, so that a new one can be told from it. (Waiting for an element to
   * go stale fails now and then: Chromium answers "node does not belong to the document" while it
   * swaps documents.)
   */
  private void markDocument() {
    driver.executeScript("window.relearnOldDocument = true;");
  }

  private boolean isNewDocument() {
    try {
      return Boolean.TRUE.equals(
          driver.executeScript(
              "return !window.relearnOldDocument && document.readyState === 'complete';"));
    } catch (WebDriverException navigating) {
      return false;
    }
  }

  /** Call before an action that sends plain Faces Ajax, so {@link #waitForAjax()} sees it. */
  void guardAjax() {
    driver.executeScript(INSTALL_FACES_AJAX_COUNTER);
  }

  void waitForAjax() {
    waitFor(d -> Boolean.TRUE.equals(driver.executeScript(AJAX_IDLE)));
  }

  /** A new visitor: no session, no remembered language. */
  void forgetEveryone() {
    driver.manage().deleteAllCookies();
  }

  int viewportWidth() {
    return ((Number) driver.executeScript("return window.innerWidth")).intValue();
  }

  /** What the phone shows right now (modal dialogs cover only this). */
  Path screenshotOfViewport(String name) {
    Path file = screenshots.resolve(name + ".png");
    try {
      return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the page is wider than the phone, i.e. the learner would have to scroll sideways. */
  boolean overflowsSideways() {
    return Boolean.TRUE.equals(
        driver.executeScript(
            "return document.documentElement.scrollWidth > window.innerWidth + 1"));
  }

  /** The whole page as a PNG (the viewport if Chromium cannot capture beyond it). */
  Path screenshot(String name) {
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, fullPagePng());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (overflowsSideways()) {
      LOG.log(Level.WARNING, "{0} is wider than {1} px: {2}", currentPath(), WIDTH, file);
    }
    return file;
  }

  Path save(String name, byte[] content) throws IOException {
    return Files.write(screenshots.resolve(name), content);
  }

  private byte[] fullPagePng() {
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      double width = Math.max(WIDTH, ((Number) size.get("width")).doubleValue());
      double height = ((Number) size.get("height")).doubleValue();
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      return Base64.getDecoder().decode((String) shot.get("data"));
    } catch (WebDriverException | ClassCastException | NullPointerException e) {
      LOG.log(Level.DEBUG, "Full-page screenshot failed, taking the viewport", e);
      return driver.getScreenshotAs(OutputType.BYTES);
    }
  }

  /** GET with the browser's cookies (its session), as a download link would. */
  HttpResponse<byte[]> getWithBrowserCookies(String path) throws IOException, InterruptedException {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** GET as a stranger: no cookies at all. */
  HttpResponse<String> getAnonymously(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Leaves the page source next to the screenshots, for a failed step. */
  void keepEvidence(String name) {
    try {
      screenshot(name);
      save(name + ".html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Could not keep evidence of " + name, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "Chromium profile left behind: " + profile, e);
      }
    }
  }
}
