package org.relearning.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.relearning.certificate.template.Align;
import org.relearning.certificate.template.Field;
import org.relearning.certificate.template.Orientation;
import org.relearning.certificate.template.Placement;
import org.relearning.certificate.template.Signatory;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.certificate.template.TemplateRules;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;

/** Certificates drawn from a library's own template: portrait, fields moved, pictures. */
class TemplatePdfTest {

  private static final String URL = "https://relearn.example/verify/K7QX-M2PA";
  private static final String NAME = "นางสาวกาญจนาภรณ์ ศรีสุวรรณวัฒนาพงศ์";
  private static final String COURSE = "การทำขนมไทยเพื่ออาชีพที่สอง: ขนมชั้น ทองหยิบ ฝอยทอง";
  private static final String LIBRARY = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";

  private static final CertificateContent THAI =
      new CertificateContent(
          Languages.THAI,
          NAME,
          COURSE,
          LIBRARY,
          LocalDate.of(2026, 11, 24),
          "K7QX-M2PA",
          URL,
          Dates.Digits.THAI,
          new BigDecimal("12.0"),
          "ผ่าน (92%)");

  private static final CertificatePdf RENDERER = new CertificatePdf();

  /** Portrait, the name moved to the left and down, hours and grade shown, two signatures. */
  private static TemplateDesign portrait() {
    TemplateDesign d = TemplateDesign.builtIn();
    d.setOrientation(Orientation.PORTRAIT);
    d.setLayout(TemplateDesign.defaultLayout(Orientation.PORTRAIT));
    d.setHeadingTh("เกียรติบัตรห้องสมุดน้ำใจ");
    d.setIntroTh("ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า");
    Placement name = d.getLayout().get(Field.LEARNER_NAME);
    name.setX(5);
    name.setY(45);
    name.setWidth(60);
    name.setAlign(Align.LEFT);
    d.getLayout().get(Field.COURSE).setY(25);
    d.getLayout().get(Field.HOURS).setVisible(true);
    d.getLayout().get(Field.GRADE).setVisible(true);
    d.setLogoId(1L);
    d.setSignatories(
        List.of(
            new Signatory("นายสมชาย ใจดี", "Somchai Jaidee", "ผู้อำนวยการห้องสมุด", "Director", 2L),
            new Signatory("ครูสมศรี มีสุข", "Somsri Meesuk", "วิทยากร", "Instructor", null)));
    return TemplateRules.checked(d);
  }

  private static Map<Long, byte[]> pictures() throws IOException {
    return Map.of(1L, png(120, 120, new Color(0x1F, 0x3A, 0x5F)), 2L, png(300, 80, Color.GRAY));
  }

  @Test
  void aPortraitTemplateWithTheNameMovedKeepsTheThaiTextAndAReadableQrCode() throws Exception {
    byte[] bytes = RENDERER.render(THAI, portrait(), pictures());
    RenderedPdf pdf = new RenderedPdf(bytes);
    Files.createDirectories(Path.of("target"));
    ImageIO.write(pdf.image(100), "png", Path.of("target", "template-portrait.png").toFile());

    Rectangle2D page = pdf.pageSize();
    assertThat(page.getHeight()).as("portrait").isGreaterThan(page.getWidth());
    String text = withoutWhitespace(pdf.text());
    assertThat(text)
        .contains(
            withoutWhitespace("เกียรติบัตรห้องสมุดน้ำใจ"),
            withoutWhitespace("ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า"),
            withoutWhitespace(NAME),
            withoutWhitespace(COURSE),
            withoutWhitespace("ณ " + LIBRARY),
            withoutWhitespace("จำนวน ๑๒ ชั่วโมง"),
            withoutWhitespace("ผลการเรียน ผ่าน (92%)"),
            withoutWhitespace("๒๔ พฤศจิกายน ๒๕๖๙"),
            withoutWhitespace("นายสมชาย ใจดี"),
            withoutWhitespace("ผู้อำนวยการห้องสมุด"),
            withoutWhitespace("ครูสมศรี มีสุข"));
    assertThat(decodeQr(pdf.image(200))).isEqualTo(URL);
    assertInsidePage(pdf.glyphBoxes(), page);
  }

  @Test
  void theNameIsDrawnWhereTheTemplatePutsIt() {
    TemplateDesign design = portrait();
    byte[] bytes = RENDERER.render(THAI, design, Map.of());
    Rectangle2D page = new RenderedPdf(bytes).pageSize();

    Rectangle2D name = nameLine(bytes);
    design.getLayout().get(Field.LEARNER_NAME).setY(70);
    Rectangle2D moved = nameLine(RENDERER.render(THAI, design, Map.of()));

    double left = page.getWidth() * 0.05;
    double top = page.getHeight() * (1 - 0.45);
    assertThat(name.getMinX()).as("left aligned in its box").isBetween(left - 1, left + 10);
    assertThat(name.getMaxY()).as("below the box's top").isBetween(top - 90, top);
    assertThat(moved.getMaxY())
        .as("moved 25 % of the page down")
        .isBetween(
            name.getMaxY() - page.getHeight() * 0.25 - 5,
            name.getMaxY() - page.getHeight() * 0.25 + 5);
  }

  /** The box of the name's first line: the only line starting with "นางสาว". */
  private static Rectangle2D nameLine(byte[] pdf) {
    return new RenderedPdf(pdf)
        .lineBoxes().entrySet().stream()
            .filter(e -> e.getKey().startsWith("นางสาว"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line starts with the name"));
  }

  @Test
  void aPathCertificateListsItsCoursesInTheCourseBox() {
    CertificateContent path =
        new CertificateContent(
            THAI.language(),
            NAME,
            "ผู้ประกอบการขนมไทย",
            LIBRARY,
            THAI.completedOn(),
            THAI.verificationCode(),
            URL,
            Dates.Digits.THAI,
            null,
            null,
            List.of("การทำขนมไทยเพื่ออาชีพที่สอง", "การขายขนมออนไลน์"));

    RenderedPdf pdf = new RenderedPdf(RENDERER.render(path, portrait(), Map.of()));

    assertThat(pdf.text().replaceAll("\\s+", ""))
        .contains("หลักสูตรที่เรียนจบ:การทำขนมไทยเพื่ออาชีพที่สอง·การขายขนมออนไลน์");
    assertInsidePage(pdf.glyphBoxes(), pdf.pageSize());
  }

  @Test
  void aHiddenFieldIsNotPrinted() {
    TemplateDesign design = portrait();
    design.getLayout().get(Field.GRADE).setVisible(false);
    design.getLayout().get(Field.HOURS).setVisible(false);

    String text = new RenderedPdf(RENDERER.render(THAI, design, Map.of())).text();

    assertThat(text).doesNotContain("ผลการเรียน").doesNotContain("ชั่วโมง");
  }

  @Test
  void fieldsPutAtTheVeryEdgeStayInsideTheBorder() {
    TemplateDesign d = TemplateDesign.builtIn();
    for (Field f : Field.values()) {
      Placement p = d.getLayout().get(f);
      p.setX(100 - p.getWidth());
      p.setY(95);
      p.setFontSize(72);
      p.setVisible(true);
    }
    RenderedPdf pdf = new RenderedPdf(RENDERER.render(THAI, TemplateRules.checked(d), Map.of()));

    assertThat(pdf.pageCount()).isEqualTo(1);
    assertInsidePage(pdf.glyphBoxes(), pdf.pageSize());
  }

  @Test
  void theBuiltInDesignDrawsAsTheDefaultRendering() {
    CertificateContent content = CertificateLooksTest.SAMPLE;

    String builtIn = new RenderedPdf(RENDERER.render(content)).text();
    String viaTemplate =
        new RenderedPdf(RENDERER.render(content, TemplateDesign.builtIn(), Map.of())).text();

    assertThat(viaTemplate).isEqualTo(builtIn);
    assertThat(
            CertificateLooksTest.differingTiles(
                CertificateLooksTest.look(content),
                grey(
                    new RenderedPdf(RENDERER.render(content, TemplateDesign.builtIn(), Map.of()))
                        .image(CertificateLooksTest.DPI))))
        .isEmpty();
  }

  private static BufferedImage grey(BufferedImage colour) {
    BufferedImage grey =
        new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(colour, 0, 0, null);
    return grey;
  }

  private static void assertInsidePage(List<Rectangle2D> glyphs, Rectangle2D page) {
    float inset = 28;
    assertThat(glyphs).isNotEmpty();
    assertThat(glyphs)
        .allSatisfy(
            glyph ->
                assertThat(
                        glyph.getMinX() >= inset
                            && glyph.getMaxX() <= page.getWidth() - inset
                            && glyph.getMinY() >= inset
                            && glyph.getMaxY() <= page.getHeight() - inset)
                    .as("%s inside the inner border", glyph)
                    .isTrue());
  }

  private static String decodeQr(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  private static byte[] png(int width, int height, Color colour) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(colour);
    g.fillOval(4, 4, width - 8, height - 8);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String withoutWhitespace(String s) {
    return s.replaceAll("\\s+", "");
  }
}
