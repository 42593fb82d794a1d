package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.certificate.template.Field;
import org.relearning.certificate.template.Orientation;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.certificate.template.TemplateVersion;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;

/**
 * Certificate templates inside the real server and database: a library's administrator designs
 * their library's template, certificates issued afterwards use it while those issued before keep
 * their look, and nobody else may touch it.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateTemplateIT {

  private static final String BASE = "https://relearn.example/verify/";

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private CertificateService certificates;
  @Inject private CertificateTemplates templates;

  /** A library of its own, its administrator and instructor, a course and a learner. */
  private record World(
      long library,
      Caller librarian,
      Caller instructor,
      Caller stranger,
      String learner,
      String otherLearner,
      long courseId) {}

  private World world() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long library =
        libraries
            .create("T" + suffix, "ห้องสมุดแม่แบบ " + suffix, "Template Library " + suffix, "น่าน")
            .getId();
    long other =
        libraries.create("O" + suffix, "ห้องสมุดอื่น " + suffix, "Other " + suffix, "แพร่").getId();
    Caller librarian =
        Caller.of(
            accounts.create(
                "tl-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์ แม่แบบ",
                "Template Librarian",
                Role.LIBRARY_ADMIN,
                library));
    Caller instructor =
        Caller.of(
            accounts.create(
                "ti-" + suffix, "pw-" + suffix, "ครู แม่แบบ", "Teacher", Role.INSTRUCTOR, library));
    Caller stranger =
        Caller.of(
            accounts.create(
                "ts-" + suffix, "pw-" + suffix, "คนอื่น", "Stranger", Role.LIBRARY_ADMIN, other));
    String learner = "tn-" + suffix;
    accounts.create(
        learner,
        "pw-" + suffix,
        "นางสาวกาญจนาภรณ์ ศรีสุวรรณวัฒนาพงศ์",
        "Kanjana",
        Role.LEARNER,
        library);
    String otherLearner = "to-" + suffix;
    accounts.create(
        otherLearner, "pw-" + suffix, "นายสมชาย ใจดี", "Somchai", Role.LEARNER, library);
    long course =
        callers.as(instructor, () -> courses.create(library, "ฝอยทอง " + suffix, null).getId());
    return new World(library, librarian, instructor, stranger, learner, otherLearner, course);
  }

  @Test
  void aCertificateIssuedAfterSavingUsesTheTemplateAndEarlierOnesKeepTheirs() {
    World w = world();
    LocalDate day = LocalDate.now(Clocks.ZONE).minusDays(2);
    Certificate before =
        callers.as(
            w.librarian(),
            () -> certificates.issueByHand(w.otherLearner(), w.courseId(), day, "สอนในห้อง"));
    assertNull(before.getTemplateVersionId(), "issued with the built-in design");

    TemplateVersion saved =
        callers.as(
            w.librarian(),
            () -> {
              TemplateDesign draft = templates.current(w.library());
              assertEquals(TemplateDesign.builtIn(), draft, "a library starts with the built-in");
              draft.setOrientation(Orientation.PORTRAIT);
              draft.setLayout(TemplateDesign.defaultLayout(Orientation.PORTRAIT));
              draft.getLayout().get(Field.LEARNER_NAME).setY(50);
              draft.setHeadingTh("เกียรติบัตรห้องสมุดแม่แบบ");
              return templates.save(w.library(), draft);
            });
    assertEquals(1, saved.getVersion());

    Certificate after =
        callers.as(
            w.librarian(),
            () -> certificates.issueByHand(w.learner(), w.courseId(), day, "สอนในห้อง"));
    assertEquals(saved.getId(), after.getTemplateVersionId());

    PDRectangle page = page(pdf(w.librarian(), after));
    assertTrue(page.getHeight() > page.getWidth(), "portrait: taller than wide");
    String text = text(pdf(w.librarian(), after));
    assertTrue(text.contains("เกียรติบัตรห้องสมุดแม่แบบ"), text);
    assertTrue(text.replaceAll("\\s+", "").contains("นางสาวกาญจนาภรณ์ศรีสุวรรณวัฒนาพงศ์"), text);

    PDRectangle earlier = page(pdf(w.librarian(), before));
    assertTrue(earlier.getWidth() > earlier.getHeight(), "issued before: still landscape");

    // Editing the template again leaves the portrait certificate as it was issued.
    callers.as(
        w.librarian(),
        () -> {
          TemplateDesign draft = templates.current(w.library());
          assertEquals(Orientation.PORTRAIT, draft.getOrientation(), "the saved one comes back");
          assertEquals(50, draft.placement(Field.LEARNER_NAME).getY());
          draft.setOrientation(Orientation.LANDSCAPE);
          draft.setLayout(TemplateDesign.defaultLayout(Orientation.LANDSCAPE));
          return templates.save(w.library(), draft);
        });
    PDRectangle still = page(pdf(w.librarian(), after));
    assertTrue(still.getHeight() > still.getWidth(), "an issued certificate keeps its template");

    TemplateVersion reset = callers.as(w.librarian(), () -> templates.reset(w.library()));
    assertEquals(3, reset.getVersion());
    assertTrue(reset.isBuiltIn());
    assertEquals(
        TemplateDesign.builtIn(), callers.as(w.librarian(), () -> templates.current(w.library())));
  }

  @Test
  void anotherLibrarysAdministratorAndAnInstructorAreRefused() {
    World w = world();
    for (Caller refused : new Caller[] {w.stranger(), w.instructor()}) {
      callers.as(
          refused,
          () -> {
            assertThrows(AccessDeniedException.class, () -> templates.current(w.library()));
            assertThrows(
                AccessDeniedException.class,
                () -> templates.save(w.library(), TemplateDesign.builtIn()));
            assertThrows(AccessDeniedException.class, () -> templates.reset(w.library()));
            assertThrows(
                AccessDeniedException.class, () -> templates.uploadImage(w.library(), png()));
            assertThrows(
                AccessDeniedException.class,
                () ->
                    templates.preview(
                        w.library(),
                        TemplateDesign.builtIn(),
                        Languages.THAI,
                        Dates.Digits.ARABIC,
                        BASE));
            return null;
          });
    }
    assertTrue(
        callers.as(w.librarian(), () -> templates.currentVersion(w.library())).isEmpty(),
        "nothing was saved by those refused");
  }

  @Test
  void picturesAreSniffedAndStayWithTheirLibraryAndForgedNumbersAreRefused() {
    World w = world();
    long logo = callers.as(w.librarian(), () -> templates.uploadImage(w.library(), png()));
    assertEquals(
        "image/png", callers.as(w.librarian(), () -> templates.image(logo).getContentType()));
    callers.as(
        w.librarian(),
        () -> {
          byte[] svg =
              "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                  .getBytes(StandardCharsets.UTF_8);
          assertEquals(
              "certificate.template.imageType",
              assertThrows(BusinessException.class, () -> templates.uploadImage(w.library(), svg))
                  .messageKey());
          byte[] huge = new byte[CertificateTemplates.IMAGE_MAX_BYTES + 1];
          System.arraycopy(png(), 0, huge, 0, 8);
          assertEquals(
              "certificate.template.imageTooLarge",
              assertThrows(BusinessException.class, () -> templates.uploadImage(w.library(), huge))
                  .messageKey());

          TemplateDesign forged = TemplateDesign.builtIn();
          forged.getLayout().get(Field.LEARNER_NAME).setFontSize(10_000);
          assertEquals(
              "certificate.template.outOfRange",
              assertThrows(BusinessException.class, () -> templates.save(w.library(), forged))
                  .messageKey());

          TemplateDesign withLogo = TemplateDesign.builtIn();
          withLogo.setLogoId(logo);
          byte[] preview =
              templates.preview(w.library(), withLogo, Languages.THAI, Dates.Digits.THAI, BASE);
          assertTrue(text(preview).contains("กาญจนาภรณ์"), "the sample learner");
          assertTrue(templates.currentVersion(w.library()).isEmpty(), "a preview keeps nothing");
          return null;
        });
    callers.as(
        w.stranger(),
        () -> {
          assertThrows(BusinessException.class, () -> templates.image(logo));
          TemplateDesign borrowing = TemplateDesign.builtIn();
          borrowing.setLogoId(logo);
          long own = w.stranger().libraryId();
          assertEquals(
              "certificate.template.noSuchImage",
              assertThrows(BusinessException.class, () -> templates.save(own, borrowing))
                  .messageKey());
          assertFalse(templates.currentVersion(own).isPresent());
          return null;
        });
  }

  private byte[] pdf(Caller caller, Certificate c) {
    return callers.as(caller, () -> certificates.renderPdf(c.getUid(), Languages.THAI, BASE));
  }

  private static PDRectangle page(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getPage(0).getMediaBox();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 60, 40);
    g.setColor(new Color(0x1F, 0x3A, 0x5F));
    g.fillOval(5, 5, 50, 30);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
