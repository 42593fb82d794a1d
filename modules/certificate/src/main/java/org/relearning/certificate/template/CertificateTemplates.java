package org.relearning.certificate.template;

import com.lowagie.text.Image;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relearning.certificate.pdf.CertificateContent;
import org.relearning.certificate.pdf.CertificatePdf;
import org.relearning.certificate.pdf.PdfPreview;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;

/**
 * Each library's certificate template: read, save (as a new version), reset to the built-in design,
 * its pictures, and previews of a draft. Only the library's administrators and the system
 * administrator may; everyone else is refused here, whatever a page shows them.
 */
@Stateless
public class CertificateTemplates {

  /** The largest picture accepted: a full-page A4 background at print quality fits. */
  public static final int IMAGE_MAX_BYTES = 2 * 1024 * 1024;

  /** Wider or taller than this is refused: decoding it would take too much memory. */
  static final int IMAGE_MAX_PIXELS = 6000;

  /** The sample learner of previews: a long Thai name, to show how long names fit. */
  public static final String SAMPLE_NAME_TH = "นางสาวกาญจนาภรณ์ ศรีสุวรรณวัฒนาพงศ์";

  public static final String SAMPLE_NAME_EN = "Miss Kanjanaporn Srisuwanwattanapong";
  public static final String SAMPLE_COURSE = "การทำขนมไทยเพื่ออาชีพที่สอง: ขนมชั้น ทองหยิบ ฝอยทอง";
  public static final String SAMPLE_CODE = "K7QX-M2PA";

  private static final float PREVIEW_DPI = 80;

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private LibraryService libraries;
  @Inject private CertificatePdf pdf;
  @EJB private AuditLog audit;
  @Inject private Clock clock;

  /** The library's current design (the built-in one if it has none), as a draft to edit. */
  public TemplateDesign current(long libraryId) {
    requireAdministrator(libraryId);
    return newest(libraryId).map(TemplateVersion::design).orElseGet(TemplateDesign::builtIn);
  }

  /** The library's newest version; none: it has never had a template of its own. */
  public Optional<TemplateVersion> currentVersion(long libraryId) {
    requireAdministrator(libraryId);
    return newest(libraryId);
  }

  /** Checks the draft and keeps it as the library's next version, used for what is issued next. */
  public TemplateVersion save(long libraryId, TemplateDesign draft) {
    Caller caller = requireAdministrator(libraryId);
    TemplateDesign design = TemplateRules.checked(draft);
    requireOwnImages(libraryId, design);
    return addVersion(caller, libraryId, TemplateJson.write(design), "certificate.templateSaved");
  }

  /** From now on the library issues with the built-in design again. */
  public TemplateVersion reset(long libraryId) {
    Caller caller = requireAdministrator(libraryId);
    return addVersion(caller, libraryId, null, "certificate.templateReset");
  }

  private TemplateVersion addVersion(Caller caller, long libraryId, String json, String action) {
    int number = newest(libraryId).map(v -> v.getVersion() + 1).orElse(1);
    TemplateVersion version =
        new TemplateVersion(libraryId, number, json, clock.instant(), caller.username());
    em.persist(version);
    em.flush();
    audit.record(caller.username(), action, "library " + libraryId, libraryId, "version " + number);
    return version;
  }

  /**
   * Keeps a picture for the library's templates and returns its id. PNG or JPEG only, told by its
   * content; at most {@link #IMAGE_MAX_BYTES}.
   */
  public long uploadImage(long libraryId, byte[] bytes) {
    Caller caller = requireAdministrator(libraryId);
    if (bytes == null || bytes.length == 0) {
      throw new BusinessException("certificate.template.imageMissing");
    }
    if (bytes.length > IMAGE_MAX_BYTES) {
      throw new BusinessException("certificate.template.imageTooLarge", IMAGE_MAX_BYTES / 1024);
    }
    String type =
        ImageSniffer.contentType(bytes)
            .orElseThrow(() -> new BusinessException("certificate.template.imageType"));
    requireReadable(bytes);
    TemplateImage image =
        new TemplateImage(libraryId, type, bytes, clock.instant(), caller.username());
    em.persist(image);
    em.flush();
    return image.getId();
  }

  private static void requireReadable(byte[] bytes) {
    Image image;
    try {
      image = Image.getInstance(bytes);
    } catch (Exception | OutOfMemoryError e) {
      throw new BusinessException("certificate.template.imageType");
    }
    if (image.getWidth() < 1
        || image.getHeight() < 1
        || image.getWidth() > IMAGE_MAX_PIXELS
        || image.getHeight() > IMAGE_MAX_PIXELS) {
      throw new BusinessException("certificate.template.imageDimensions", IMAGE_MAX_PIXELS);
    }
  }

  /** A picture, for the administrators of its library. */
  public TemplateImage image(long imageId) {
    TemplateImage image = em.find(TemplateImage.class, imageId);
    if (image == null) {
      throw new NotFoundException("templateImage", imageId);
    }
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.template");
    if (!caller.administers(image.getLibraryId())) {
      throw new NotFoundException("templateImage", imageId);
    }
    return image;
  }

  /**
   * The PDF a certificate with this draft would be, for a sample learner with a long Thai name;
   * nothing is issued or kept.
   */
  public byte[] preview(
      long libraryId,
      TemplateDesign draft,
      Locale language,
      Dates.Digits digits,
      String verifyBaseUrl) {
    requireAdministrator(libraryId);
    TemplateDesign design = TemplateRules.checked(draft);
    requireOwnImages(libraryId, design);
    Library library = libraries.get(libraryId);
    boolean thai = Languages.isThai(language);
    CertificateContent sample =
        new CertificateContent(
            language,
            thai ? SAMPLE_NAME_TH : SAMPLE_NAME_EN,
            SAMPLE_COURSE,
            thai ? library.getNameTh() : library.getNameEn(),
            LocalDate.now(clock.withZone(Clocks.ZONE)),
            SAMPLE_CODE,
            verifyBaseUrl + SAMPLE_CODE,
            digits,
            new BigDecimal("12"),
            thai ? "ผ่าน (92%)" : "Passed (92%)");
    return pdf.render(sample, design, imagesOf(design));
  }

  /** The preview's page as a PNG picture. */
  public byte[] previewPng(
      long libraryId,
      TemplateDesign draft,
      Locale language,
      Dates.Digits digits,
      String verifyBaseUrl) {
    return PdfPreview.firstPagePng(
        preview(libraryId, draft, language, digits, verifyBaseUrl), PREVIEW_DPI);
  }

  /**
   * For issuing: the library's current version, or none while it uses the built-in design. No
   * access check: certificates are issued by the system.
   */
  public Long versionForIssuing(long libraryId) {
    return newest(libraryId).filter(v -> !v.isBuiltIn()).map(TemplateVersion::getId).orElse(null);
  }

  /**
   * Renders a certificate with the template version it was issued with (none: the built-in design).
   * The caller has already checked who may have the certificate.
   */
  public byte[] render(CertificateContent content, Long versionId) {
    TemplateVersion version = versionId == null ? null : em.find(TemplateVersion.class, versionId);
    if (version == null || version.isBuiltIn()) {
      return pdf.render(content);
    }
    TemplateDesign design = version.design();
    return pdf.render(content, design, imagesOf(design));
  }

  private Map<Long, byte[]> imagesOf(TemplateDesign design) {
    Map<Long, byte[]> bytes = new HashMap<>();
    for (Long id : imageIds(design)) {
      TemplateImage image = em.find(TemplateImage.class, id);
      if (image != null) {
        bytes.put(id, image.getData());
      }
    }
    return bytes;
  }

  private static Set<Long> imageIds(TemplateDesign design) {
    Set<Long> ids = new LinkedHashSet<>();
    if (design.getBackgroundId() != null) {
      ids.add(design.getBackgroundId());
    }
    if (design.getLogoId() != null) {
      ids.add(design.getLogoId());
    }
    for (Signatory s : design.getSignatories()) {
      if (s.getImageId() != null) {
        ids.add(s.getImageId());
      }
    }
    return ids;
  }

  /** A design may only show pictures of its own library. */
  private void requireOwnImages(long libraryId, TemplateDesign design) {
    for (Long id : imageIds(design)) {
      TemplateImage image = em.find(TemplateImage.class, id);
      if (image == null || image.getLibraryId() != libraryId) {
        throw new BusinessException("certificate.template.noSuchImage");
      }
    }
  }

  private Optional<TemplateVersion> newest(long libraryId) {
    return em.createNamedQuery("TemplateVersion.ofLibrary", TemplateVersion.class)
        .setParameter("library", libraryId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Caller requireAdministrator(long libraryId) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.template");
    if (!caller.administers(libraryId)) {
      throw new AccessDeniedException("certificate.template");
    }
    return caller;
  }
}
