package org.relearning.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person sees comes from both bundles: Thai and English, key for key. */
class BundlesTest {

  private static final Path WEB = Path.of("src/main/webapp");
  private static final Path MODULES = Path.of("..");
  private static final Pattern PAGE_KEY =
      Pattern.compile("msg\\['([A-Za-z0-9_.\\-]+)'\\]|text\\.format\\('([A-Za-z0-9_.\\-]+)'");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "(?:Messages\\.(?:info|error|text)|BusinessException)\\(\\s*\"([a-z][A-Za-z0-9_.\\-]+)\"");

  private static Properties bundle(String language) {
    Properties p = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream(
            "/org/relearning/web/i18n/messages_" + language + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Test
  void thaiAndEnglishHaveTheSameKeys() {
    assertThat(bundle("th").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
  }

  @Test
  void thaiTextsAreThai() {
    Properties th = bundle("th");
    assertThat(th.getProperty("login.failed")).isEqualTo("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
    long thaiValues =
        th.stringPropertyNames().stream()
            .filter(k -> th.getProperty(k).codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F))
            .count();
    assertThat(thaiValues).isGreaterThan(th.size() * 9 / 10);
  }

  @Test
  void everyKeyUsedInPagesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(WEB)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = PAGE_KEY.matcher(Files.readString(page));
        while (m.find()) {
          used.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(bundle("en").stringPropertyNames()).containsAll(used);
  }

  /**
   * Words in pages come from the bundles. Allowed as they are: the brand, the format name "PDF",
   * and the names of the two languages, which are shown in their own language on purpose.
   */
  @Test
  void pagesShowNoLiteralText() throws IOException {
    Set<String> allowed = Set.of("Relearn", "PDF", "ไทย", "English");
    Pattern textNode = Pattern.compile(">([^<]+)<");
    Pattern textAttribute =
        Pattern.compile(
            "\\b(?:value|title|placeholder|alt|header|headerText|label|itemLabel|aria-label|requiredMessage)=\"([^\"]*)\"");
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(WEB)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String xhtml = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
        for (Pattern p : List.of(textNode, textAttribute)) {
          Matcher m = p.matcher(xhtml);
          while (m.find()) {
            String text = m.group(1).replaceAll("#\\{[^}]*}", "").strip();
            if (text.codePoints().anyMatch(Character::isLetter) && !allowed.contains(text)) {
              literals.add(WEB.relativize(page) + ": " + text);
            }
          }
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  @Test
  void everyKeyUsedInCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(MODULES)) {
      for (Path source :
          sources
              .filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
              .toList()) {
        Matcher m = CODE_KEY.matcher(Files.readString(source));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).contains("login.failed", "certificate.revoke.reasonRequired");
    assertThat(bundle("en").stringPropertyNames()).containsAll(used);
  }
}
