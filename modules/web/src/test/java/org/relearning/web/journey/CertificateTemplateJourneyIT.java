package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
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
 * The librarian designs the library's certificate on a 360 px phone: turns the page to portrait and
 * moves the learner's name, watching the preview follow, saves, and finds the design again after
 * reloading. The library goes back to the built-in design at the end.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateTemplateJourneyIT {

  private static final String PASSWORD = demoPassword();

  // what the Thai pages say (messages_th.properties)
  private static final String SAVED_TH = "บันทึกแม่แบบเป็นฉบับที่";
  private static final String VERSION_TH = "ฉบับที่";

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
  void theLibrarianTurnsThePageMovesTheNameAndSavesWatchingThePreview() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        LoginPage.open(browser, "th").signIn("librarian", PASSWORD);
        CertificateTemplatePage designer =
            CertificateTemplatePage.fromCertificates(CertificatesAdminPage.open(browser));
        try {
          designAndSave(browser, designer);
        } finally {
          CertificateTemplatePage.open(browser).resetToDefault();
        }
        CertificateTemplatePage reset = new CertificateTemplatePage(browser);
        assertThat(reset.orientation()).as("back to the built-in design").isEqualTo("LANDSCAPE");
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("certificate-template-failure");
        throw e;
      }
    }
  }

  private static void designAndSave(Browser browser, CertificateTemplatePage designer)
      throws IOException {
    BufferedImage landscape = designer.previewImage();
    assertThat(landscape.getWidth()).isGreaterThan(landscape.getHeight());
    String first = designer.previewSrc();
    browser.screenshot("t01-designer-th");

    designer.orientation("PORTRAIT");
    String portraitSrc = designer.previewSrc();
    assertThat(portraitSrc).isNotEqualTo(first);
    BufferedImage portrait = designer.previewImage();
    assertThat(portrait.getHeight()).as("the preview turned").isGreaterThan(portrait.getWidth());

    String builtInTop = designer.top(CertificateTemplatePage.LEARNER_NAME);
    designer.top(CertificateTemplatePage.LEARNER_NAME, "50");
    assertThat(designer.previewSrc()).as("the name moved").isNotEqualTo(portraitSrc);
    assertThat(designer.previewError()).isEmpty();
    assertThat(differingRows(portrait, designer.previewImage()))
        .as("rows of the picture that changed when the name moved")
        .isGreaterThan(20);
    browser.screenshot("t02-portrait-name-moved-th");

    String beforeLogo = designer.previewSrc();
    designer = designer.upload("LOGO", browser.save("t-logo.png", logo()));
    assertThat(designer.thumbnailsShown()).containsExactly(true);
    assertThat(designer.previewSrc()).as("the logo is in the preview").isNotEqualTo(beforeLogo);
    assertThat(designer.orientation()).as("the draft survived the upload").isEqualTo("PORTRAIT");

    CertificateTemplatePage saved = designer.save();
    assertThat(saved.messages()).anySatisfy(m -> assertThat(m).startsWith(SAVED_TH));
    assertThat(saved.version()).startsWith(VERSION_TH);
    browser.reload();
    CertificateTemplatePage reloaded = new CertificateTemplatePage(browser);
    assertThat(reloaded.orientation()).isEqualTo("PORTRAIT");
    assertThat(Double.parseDouble(reloaded.top(CertificateTemplatePage.LEARNER_NAME)))
        .isEqualTo(50.0)
        .isNotEqualTo(Double.parseDouble(builtInTop));
    assertThat(reloaded.thumbnailsShown()).as("the saved logo").containsExactly(true);
    BufferedImage again = reloaded.previewImage();
    assertThat(again.getHeight()).isGreaterThan(again.getWidth());
    browser.screenshot("t03-saved-reloaded-th");
  }

  private static byte[] logo() throws IOException {
    BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 120);
    g.setColor(new Color(0xB0, 0x8D, 0x3C));
    g.fillOval(6, 6, 108, 108);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** How many pixel rows differ between two pictures of the same size. */
  private static int differingRows(BufferedImage a, BufferedImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    int rows = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }

  private static String demoPassword() {
    String configured = System.getenv("RELEARN_DEMO_PASSWORD");
    return configured == null || configured.isBlank() ? "it-Passw0rd" : configured;
  }
}
