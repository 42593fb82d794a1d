package org.relearning.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;

class CertificatePdfTest {

  private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 11, 24);
  private static final String URL = "http://localhost:8080/verify/K7QX-M2PA";

  private static final CertificateContent THAI =
      new CertificateContent(
          Languages.THAI,
          "สมศรี ใจดี",
          "การทำขนมไทยเพื่ออาชีพที่สอง",
          "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์",
          COMPLETED_ON,
          "K7QX-M2PA",
          URL);

  /** 150 characters: a real course name is shorter, so this is the worst case. */
  private static final String LONG_THAI_COURSE =
      "หลักสูตรการพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุและผู้ประกอบการชุมชน"
          + "เพื่อการค้าขายออนไลน์อย่างปลอดภัย รู้เท่าทันสื่อ และสร้างรายได้ที่ยั่งยืนในยุคเศรษฐกิจ";

  private static final String LONG_THAI_NAME =
      "ท่านผู้หญิงพรรณีวรรณ์ ศรีสุวรรณภูมิรัตนากรณ์ ณ อยุธยา-เจริญพงศ์พัฒนาวงศ์ตระกูลไท";

  /** Latin letters are wider than Thai ones (whose vowels and tone marks take no width). */
  private static final String LONG_ENGLISH_COURSE =
      "Digital Skills for Senior Citizens and Community Entrepreneurs: Selling Online Safely"
          + ", Media Literacy and Building Sustainable Income in a Digital Era";

  private static final String LONG_ENGLISH_NAME =
      "Maximiliana Wilhelmina Alexandrina Konstantinopoulou-Vanderbilt-Worthingtons III";

  private static final CertificatePdf RENDERER = new CertificatePdf();

  private static RenderedPdf thai;

  @BeforeAll
  static void renderThaiAndKeepItForPeopleToLookAt() throws IOException {
    byte[] bytes = RENDERER.render(THAI);
    thai = new RenderedPdf(bytes);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("certificate-th.pdf"), bytes);
    ImageIO.write(thai.image(150), "png", target.resolve("certificate-th.png").toFile());
  }

  @Test
  void thaiTextIsCopiedOutExactly() {
    assertThat(thai.text())
        .contains(
            "เกียรติบัตร",
            "มอบให้ไว้เพื่อแสดงว่า",
            "สมศรี ใจดี",
            "ได้ผ่านการเรียนรู้หลักสูตร",
            "การทำขนมไทยเพื่ออาชีพที่สอง",
            "ณ ห้องสมุดประชาชนจังหวัดอุตรดิตถ์",
            "ให้ไว้ ณ วันที่",
            "24 พฤศจิกายน 2569",
            "รหัสตรวจสอบ K7QX-M2PA",
            "ตรวจสอบได้ที่ " + URL);
  }

  /**
   * Without ActualText the glyph order of shaped clusters leaks into copied text ("นํา้ทิพย
   * ผูใหญ"), so this is the test that fails if the layout processor's ActualText switch is lost.
   */
  @Test
  void stackedToneMarksAreCopiedOutExactly() {
    String name = "น้ำทิพย์ ผู้ใหญ่";

    String text = render(withName(THAI, name)).text();

    assertThat(text).contains(name);
  }

  /**
   * Unshaped Thai extracts perfectly but prints with tone marks crashing into vowels; only the
   * layout processor's ActualText spans show that the text went through shaping.
   */
  @Test
  void thaiIsShapedByTheLayoutProcessor() {
    String name = "น้ำทิพย์ ผู้ใหญ่";

    List<String> shaped = render(withName(THAI, name)).actualTexts();

    assertThat(shaped).contains(name, THAI.courseTitle(), "24 พฤศจิกายน 2569");
  }

  @Test
  void everyFontIsEmbedded() {
    Map<String, Boolean> fonts = thai.fontsEmbedded();

    assertThat(fonts).isNotEmpty();
    assertThat(fonts.keySet()).allMatch(name -> name.contains("Laksaman"));
    assertThat(fonts).allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
  }

  @Test
  void qrCodeLeadsToTheVerificationPage() throws Exception {
    BufferedImage page = thai.image(200);

    Result result = decodeQr(page);

    assertThat(result.getText()).isEqualTo(URL);
  }

  @Test
  void qrCodeCarriesThaiAddressesIntact() throws Exception {
    String thaiUrl = "https://ห้องสมุด.example/verify/K7QX-M2PA";
    CertificateContent content =
        new CertificateContent(
            Languages.THAI,
            THAI.learnerName(),
            THAI.courseTitle(),
            THAI.libraryName(),
            COMPLETED_ON,
            "K7QX-M2PA",
            thaiUrl);

    Result result = decodeQr(render(content).image(200));

    assertThat(result.getText()).isEqualTo(thaiUrl);
  }

  @Test
  void thaiDigitsWriteTheBuddhistEraDateInThaiNumerals() {
    CertificateContent thaiDigits =
        new CertificateContent(
            THAI.language(),
            THAI.learnerName(),
            THAI.courseTitle(),
            THAI.libraryName(),
            COMPLETED_ON,
            THAI.verificationCode(),
            THAI.verificationUrl(),
            Dates.Digits.THAI);

    assertThat(render(thaiDigits).text()).contains("๒๔ พฤศจิกายน ๒๕๖๙").doesNotContain("2569");
    assertThat(render(THAI).text()).contains("24 พฤศจิกายน 2569").doesNotContain("๒๕๖๙");
  }

  @Test
  void englishCertificateUsesEnglishWordingAndGregorianDate() {
    CertificateContent english =
        new CertificateContent(
            Languages.ENGLISH,
            "Somsri Jaidee",
            "Thai Desserts as a Second Career",
            "Uttaradit Provincial Public Library",
            COMPLETED_ON,
            "K7QX-M2PA",
            URL);

    String text = render(english).text();

    assertThat(text)
        .contains(
            "Certificate of Completion",
            "This is to certify that",
            "Somsri Jaidee",
            "has completed the course",
            "Thai Desserts as a Second Career",
            "at Uttaradit Provincial Public Library",
            "Completed on",
            "24 November 2026",
            "Verification code K7QX-M2PA",
            "Verify at " + URL)
        .doesNotContain("2569");
  }

  @ParameterizedTest
  @ValueSource(strings = {"th", "en"})
  void longNamesAndCourseTitlesStayOnTheOnePage(String language) throws IOException {
    boolean isThai = language.equals("th");
    String name = isThai ? LONG_THAI_NAME : LONG_ENGLISH_NAME;
    String course = isThai ? LONG_THAI_COURSE : LONG_ENGLISH_COURSE;
    assertThat(name).hasSize(80);
    assertThat(course).hasSize(150);
    CertificateContent content =
        new CertificateContent(
            Languages.fromTag(language),
            name,
            course,
            THAI.libraryName(),
            COMPLETED_ON,
            "K7QX-M2PA",
            URL);

    RenderedPdf pdf = render(content);
    ImageIO.write(
        pdf.image(100), "png", Path.of("target", "certificate-long-" + language + ".png").toFile());

    assertThat(pdf.pageCount()).isEqualTo(1);
    // Lines are joined by the extractor with line breaks where the renderer wrapped them.
    String text = withoutWhitespace(pdf.text());
    assertThat(text).contains(withoutWhitespace(name), withoutWhitespace(course));
    assertInsideInnerBorder(pdf.glyphBoxes());
  }

  @Test
  void aPathCertificateListsTheCoursesCompletedUnderThePathTitle() throws IOException {
    List<String> courses =
        List.of(
            "การทำขนมไทยเพื่ออาชีพที่สอง",
            "ความปลอดภัยของอาหารสำหรับผู้ขายขนม",
            "การตั้งราคาขนมให้มีกำไร",
            LONG_THAI_COURSE);
    CertificateContent path =
        new CertificateContent(
            Languages.THAI,
            "สมศรี ใจดี",
            "ผู้ประกอบการขนมไทย",
            THAI.libraryName(),
            COMPLETED_ON,
            "K7QX-M2PA",
            URL,
            Dates.Digits.ARABIC,
            null,
            null,
            courses);

    RenderedPdf pdf = render(path);
    ImageIO.write(pdf.image(100), "png", Path.of("target", "certificate-path-th.png").toFile());

    assertThat(pdf.pageCount()).isEqualTo(1);
    String text = withoutWhitespace(pdf.text());
    assertThat(text).contains(withoutWhitespace("หลักสูตรที่เรียนจบ:"), "ผู้ประกอบการขนมไทย");
    for (String course : courses) {
      assertThat(text).contains(withoutWhitespace(course));
    }
    assertThat(text.indexOf("ผู้ประกอบการขนมไทย"))
        .as("the list follows the path's title")
        .isLessThan(text.indexOf(withoutWhitespace("หลักสูตรที่เรียนจบ:")));
    assertInsideInnerBorder(pdf.glyphBoxes());
    assertThat(thai.text()).as("a course's certificate lists nothing").doesNotContain("เรียนจบ:");
  }

  @Test
  void rendersConcurrentlyWithoutMixingUpCertificates() throws Exception {
    List<String> names =
        List.of("น้ำทิพย์ ผู้ใหญ่", "สมศรี ใจดี", "ปั้นจั่น ญี่ปุ่น", "Somsri Jaidee");
    ExecutorService pool = Executors.newFixedThreadPool(names.size());
    try {
      List<Future<String>> texts =
          names.stream()
              .map(name -> pool.submit(() -> render(withName(THAI, name)).text()))
              .toList();
      for (int i = 0; i < names.size(); i++) {
        assertThat(texts.get(i).get()).contains(names.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Baseline-to-top boxes; zero-width boxes are the tone marks and vowels above or below. */
  private static void assertInsideInnerBorder(List<Rectangle2D> glyphs) {
    float inset = 28;
    float right = CertificatePage.SIZE.getWidth() - inset;
    float top = CertificatePage.SIZE.getHeight() - inset;
    assertThat(glyphs).isNotEmpty();
    assertThat(glyphs)
        .allSatisfy(
            glyph ->
                assertThat(
                        glyph.getMinX() >= inset
                            && glyph.getMaxX() <= right
                            && glyph.getMinY() >= inset
                            && glyph.getMaxY() <= top)
                    .as("%s inside the inner border", glyph)
                    .isTrue());
  }

  private static Result decodeQr(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }

  private static RenderedPdf render(CertificateContent content) {
    return new RenderedPdf(RENDERER.render(content));
  }

  private static CertificateContent withName(CertificateContent content, String name) {
    return new CertificateContent(
        content.language(),
        name,
        content.courseTitle(),
        content.libraryName(),
        content.completedOn(),
        content.verificationCode(),
        content.verificationUrl());
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("\\s+", "");
  }
}
