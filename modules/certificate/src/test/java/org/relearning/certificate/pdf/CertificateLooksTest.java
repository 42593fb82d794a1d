package org.relearning.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.relearning.platform.i18n.Languages;

/**
 * The Thai certificate looks as a person reviewed it: compared, tile by tile, with a reviewed
 * reference image, so that a tone mark or vowel drawn in the wrong place (a shaping regression, a
 * font swapped) fails the build, while the faint anti-aliasing differences between machines do not.
 *
 * <p>To accept a deliberate change of the design: look at {@code
 * target/certificate-look-candidate.png}, and if it is right, copy it over {@value #REFERENCE}.
 */
class CertificateLooksTest {

  static final String REFERENCE = "reference-th.png";
  static final float DPI = 100;
  static final int TILE = 16;

  /** A pixel differs when its grey level differs by more than this (of 255). */
  static final int PIXEL_TOLERANCE = 80;

  /** A tile differs when more than this many of its pixels differ: a tone mark is about 20. */
  static final int TILE_TOLERANCE = 6;

  /** Stacked marks everywhere: tone marks over upper vowels, sara am, marks under consonants. */
  static final CertificateContent SAMPLE =
      new CertificateContent(
          Languages.THAI,
          "นางสาวน้ำผึ้ง ผู้ใหญ่ลี้",
          "การทำขนมไทยเพื่ออาชีพที่สอง: ขนมชั้น ทองหยิบ ฝอยทอง",
          "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์",
          LocalDate.of(2026, 11, 24),
          "K7QX-M2PA",
          "https://relearn.example/verify/K7QX-M2PA");

  private static final CertificatePdf RENDERER = new CertificatePdf();

  @Test
  void theThaiCertificateLooksAsReviewed() throws IOException {
    BufferedImage now = look(SAMPLE);
    BufferedImage reference = reference();
    if (reference == null) {
      Path candidate = keep(now, "certificate-look-candidate.png");
      fail("No reviewed reference yet: review " + candidate + " and copy it to " + REFERENCE);
    }
    List<String> differing = differingTiles(reference, now);
    if (!differing.isEmpty()) {
      keep(now, "certificate-look-candidate.png");
    }
    assertThat(differing).as("tiles that differ from the reviewed certificate").isEmpty();
  }

  @Test
  void aSingleMissingToneMarkIsNoticed() throws IOException {
    BufferedImage reference = reference();
    if (reference == null) {
      return; // the first test says what to do
    }
    CertificateContent withoutOneToneMark =
        new CertificateContent(
            SAMPLE.language(),
            "นางสาวน้ำผึง ผู้ใหญ่ลี้",
            SAMPLE.courseTitle(),
            SAMPLE.libraryName(),
            SAMPLE.completedOn(),
            SAMPLE.verificationCode(),
            SAMPLE.verificationUrl());
    assertThat(differingTiles(reference, look(withoutOneToneMark)))
        .as("the comparison is fine enough to see one tone mark")
        .isNotEmpty();
  }

  static BufferedImage look(CertificateContent content) {
    BufferedImage colour = new RenderedPdf(RENDERER.render(content)).image(DPI);
    BufferedImage grey =
        new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(colour, 0, 0, null);
    return grey;
  }

  static List<String> differingTiles(BufferedImage expected, BufferedImage actual) {
    if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
      return List.of(
          "size "
              + actual.getWidth()
              + "×"
              + actual.getHeight()
              + " instead of "
              + expected.getWidth()
              + "×"
              + expected.getHeight());
    }
    List<String> tiles = new ArrayList<>();
    for (int ty = 0; ty < expected.getHeight(); ty += TILE) {
      for (int tx = 0; tx < expected.getWidth(); tx += TILE) {
        int differ = 0;
        for (int y = ty; y < Math.min(ty + TILE, expected.getHeight()); y++) {
          for (int x = tx; x < Math.min(tx + TILE, expected.getWidth()); x++) {
            int a = expected.getRaster().getSample(x, y, 0);
            int b = actual.getRaster().getSample(x, y, 0);
            if (Math.abs(a - b) > PIXEL_TOLERANCE) {
              differ++;
            }
          }
        }
        if (differ > TILE_TOLERANCE) {
          tiles.add("(" + tx + "," + ty + "): " + differ + " pixels");
        }
      }
    }
    return tiles;
  }

  private static BufferedImage reference() throws IOException {
    try (InputStream in = CertificateLooksTest.class.getResourceAsStream(REFERENCE)) {
      return in == null ? null : ImageIO.read(in);
    }
  }

  private static Path keep(BufferedImage image, String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    ImageIO.write(image, "png", target.toFile());
    return target.toAbsolutePath();
  }
}
