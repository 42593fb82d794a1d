package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relearning.certificate.template.Align;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.certificate.template.Field;
import org.relearning.certificate.template.Orientation;
import org.relearning.certificate.template.Signatory;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.certificate.template.TemplateVersion;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/**
 * The certificate template designer: every property of the library's template as a form, and a
 * preview of the draft that follows each change. Nothing is kept until "Save".
 */
@Named("templateDesigner")
@ViewScoped
public class CertificateTemplateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What an uploaded picture is for. */
  public enum ImageSlot {
    BACKGROUND,
    LOGO,
    SIGNATURE_1,
    SIGNATURE_2
  }

  @Inject private CertificateTemplates templates;
  @Inject private Callers callers;
  @Inject private LibraryService libraries;

  private long libraryId;
  private TemplateDesign design;
  private Integer version;
  private String previewLanguage = "th";
  private boolean thaiDigits;
  private String previewSrc;
  private String previewError;
  private int previewCount;
  private ImageSlot uploadSlot = ImageSlot.LOGO;
  private transient Part upload;

  @PostConstruct
  void init() {
    Caller caller = callers.current();
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("library");
    Long chosen = null;
    if (asked != null && asked.matches("\\d{1,18}")) {
      chosen = Long.valueOf(asked);
    }
    if (chosen == null) {
      chosen =
          caller.libraryId() != null
              ? caller.libraryId()
              : libraries.all().stream().map(Library::getId).findFirst().orElse(null);
    }
    if (chosen == null) {
      throw new BusinessException("certificate.template.noLibrary");
    }
    libraryId = chosen;
    load();
  }

  private void load() {
    design = templates.current(libraryId);
    version =
        templates
            .currentVersion(libraryId)
            .filter(v -> !v.isBuiltIn())
            .map(TemplateVersion::getVersion)
            .orElse(null);
    padSignatories();
    refresh();
  }

  /** Two signature rows on the form, whether filled in or not. */
  private void padSignatories() {
    List<Signatory> rows = new ArrayList<>(design.getSignatories());
    while (rows.size() < TemplateDesign.MAX_SIGNATORIES) {
      rows.add(new Signatory());
    }
    design.setSignatories(rows);
  }

  /** Draws the draft again; a draft the rules refuse keeps the last picture and says why. */
  public void refresh() {
    try {
      byte[] png =
          templates.previewPng(
              libraryId, design, previewLocale(), digits(), PublicUrls.verifyBase(request()));
      previewSrc = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
      previewError = null;
      previewCount++;
    } catch (BusinessException e) {
      previewError = Messages.text(e.messageKey(), (Object[]) e.arguments());
    }
  }

  /**
   * A new orientation: a layout still as the built-in design had it for the old one becomes the
   * built-in layout of the new one; a layout of the library's own is kept (its places are in %).
   */
  public void orientationChanged() {
    Orientation other =
        design.getOrientation() == Orientation.PORTRAIT
            ? Orientation.LANDSCAPE
            : Orientation.PORTRAIT;
    if (design.getLayout().equals(TemplateDesign.defaultLayout(other))) {
      design.setLayout(TemplateDesign.defaultLayout(design.getOrientation()));
    }
    refresh();
  }

  public void save() {
    TemplateVersion saved = templates.save(libraryId, design);
    Messages.info("admin.template.saved", saved.getVersion());
    Navigation.redirect(selfUrl());
  }

  public void reset() {
    templates.reset(libraryId);
    Messages.info("admin.template.resetDone");
    Navigation.redirect(selfUrl());
  }

  public void uploadImage() throws IOException {
    if (upload == null || upload.getSize() == 0) {
      Messages.error("admin.template.chooseFile");
      return;
    }
    if (upload.getSize() > CertificateTemplates.IMAGE_MAX_BYTES) {
      Messages.error(
          "certificate.template.imageTooLarge", CertificateTemplates.IMAGE_MAX_BYTES / 1024);
      return;
    }
    byte[] bytes;
    try (InputStream in = upload.getInputStream()) {
      bytes = in.readAllBytes();
    }
    long id = templates.uploadImage(libraryId, bytes);
    switch (uploadSlot) {
      case BACKGROUND -> design.setBackgroundId(id);
      case LOGO -> design.setLogoId(id);
      case SIGNATURE_1 -> design.getSignatories().get(0).setImageId(id);
      case SIGNATURE_2 -> design.getSignatories().get(1).setImageId(id);
    }
    Messages.info("admin.template.imageUploaded");
    refresh();
  }

  public void removeImage(ImageSlot slot) {
    switch (slot) {
      case BACKGROUND -> design.setBackgroundId(null);
      case LOGO -> design.setLogoId(null);
      case SIGNATURE_1 -> design.getSignatories().get(0).setImageId(null);
      case SIGNATURE_2 -> design.getSignatories().get(1).setImageId(null);
    }
    refresh();
  }

  /** The id of the picture in a slot; none when empty. */
  public Long imageIn(ImageSlot slot) {
    return switch (slot) {
      case BACKGROUND -> design.getBackgroundId();
      case LOGO -> design.getLogoId();
      case SIGNATURE_1 -> design.getSignatories().get(0).getImageId();
      case SIGNATURE_2 -> design.getSignatories().get(1).getImageId();
    };
  }

  /** Sends the draft's preview as a PDF file. */
  public void downloadPdf() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    byte[] pdf;
    try {
      pdf =
          templates.preview(
              libraryId, design, previewLocale(), digits(), PublicUrls.verifyBase(request()));
    } catch (BusinessException e) {
      Messages.error(e.messageKey(), (Object[]) e.arguments());
      return;
    }
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"certificate-template-preview.pdf\"");
    external.setResponseHeader("Cache-Control", "private, no-store");
    external.setResponseContentLength(pdf.length);
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(pdf);
    }
    faces.responseComplete();
  }

  private String selfUrl() {
    return "/admin/certificate-template.xhtml?library=" + libraryId;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private Locale previewLocale() {
    return Languages.fromTag(previewLanguage);
  }

  private Dates.Digits digits() {
    return thaiDigits ? Dates.Digits.THAI : Dates.Digits.ARABIC;
  }

  /** The libraries the caller may choose among: all for the system administrator. */
  public List<Library> getLibraryChoices() {
    Caller caller = callers.current();
    if (!caller.isSystemAdmin()) {
      return List.of();
    }
    return libraries.all();
  }

  public String getLibraryName() {
    Optional<Library> library = libraries.find(libraryId);
    return library
        .map(
            l ->
                Languages.isThai(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    ? l.getNameTh()
                    : l.getNameEn())
        .orElse("");
  }

  public List<Field> getFields() {
    return List.of(Field.values());
  }

  public Orientation[] getOrientations() {
    return Orientation.values();
  }

  public Align[] getAligns() {
    return Align.values();
  }

  public ImageSlot[] getImageSlots() {
    return ImageSlot.values();
  }

  public long getLibraryId() {
    return libraryId;
  }

  public TemplateDesign getDesign() {
    return design;
  }

  public Integer getVersion() {
    return version;
  }

  public String getPreviewLanguage() {
    return previewLanguage;
  }

  public void setPreviewLanguage(String previewLanguage) {
    this.previewLanguage = "en".equals(previewLanguage) ? "en" : "th";
  }

  public boolean isThaiDigits() {
    return thaiDigits;
  }

  public void setThaiDigits(boolean thaiDigits) {
    this.thaiDigits = thaiDigits;
  }

  public String getPreviewSrc() {
    return previewSrc;
  }

  public String getPreviewError() {
    return previewError;
  }

  /** How many times the preview was drawn: lets a reader tell a new picture from the old one. */
  public int getPreviewCount() {
    return previewCount;
  }

  public ImageSlot getUploadSlot() {
    return uploadSlot;
  }

  public void setUploadSlot(ImageSlot uploadSlot) {
    this.uploadSlot = uploadSlot;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
