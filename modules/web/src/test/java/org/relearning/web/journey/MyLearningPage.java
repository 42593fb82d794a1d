package org.relearning.web.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /learn/index.xhtml}: the learner's courses and certificates. */
final class MyLearningPage extends Page {

  static final String PATH = "/learn/index.xhtml";

  MyLearningPage(Browser browser) {
    super(browser, PATH);
  }

  static MyLearningPage open(Browser browser) {
    browser.open(PATH);
    return new MyLearningPage(browser);
  }

  /** A certificate card as the learner sees it: the links are relative to the application. */
  record CertificateCard(String code, String thaiPdf, String englishPdf, String status) {}

  Optional<CertificateCard> certificateFor(String courseTitle) {
    return all(By.cssSelector("#my-certificates li.card")).stream()
        .filter(card -> card.findElement(By.tagName("h3")).getText().strip().equals(courseTitle))
        .findFirst()
        .map(MyLearningPage::read);
  }

  /** The career paths listed, each with what its card says of the learner's progress. */
  Map<String, String> paths() {
    Map<String, String> paths = new LinkedHashMap<>();
    for (WebElement card : all(By.cssSelector("#my-paths li.card"))) {
      paths.put(
          card.findElement(By.tagName("h3")).getText().strip(),
          card.findElement(By.cssSelector("p.muted")).getText().strip());
    }
    return paths;
  }

  /** Follows the certificate's "renew" link to its course; fails when it is not offered. */
  LearnCoursePage renew(String courseTitle) {
    WebElement link =
        all(By.cssSelector("#my-certificates li.card")).stream()
            .filter(
                card -> card.findElement(By.tagName("h3")).getText().strip().equals(courseTitle))
            .flatMap(card -> card.findElements(By.cssSelector("a.renew")).stream())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no renew link for " + courseTitle));
    browser.clickAndWaitForPage(link);
    return new LearnCoursePage(browser);
  }

  /** Reloads until the certificate is listed (it is issued right after completion commits). */
  CertificateCard waitForCertificate(String courseTitle) {
    return browser.waitFor(
        d -> {
          Optional<CertificateCard> card = certificateFor(courseTitle);
          if (card.isEmpty()) {
            browser.reload();
          }
          return card.orElse(null);
        });
  }

  private static CertificateCard read(WebElement card) {
    String verify = card.findElement(By.cssSelector("a[href*='/verify/']")).getAttribute("href");
    return new CertificateCard(
        verify.substring(verify.lastIndexOf('/') + 1),
        relative(card.findElement(By.cssSelector("a.pdf-th")).getAttribute("href")),
        relative(card.findElement(By.cssSelector("a.pdf-en")).getAttribute("href")),
        card.findElement(By.cssSelector(".badge")).getText().strip());
  }

  /** "http://host:port/relearn/certificates/x.pdf?lang=th" → "certificates/x.pdf?lang=th". */
  private static String relative(String href) {
    int at = href.indexOf("/certificates/");
    return href.substring(at + 1);
  }
}
