package org.relearning.certificate.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.platform.i18n.Languages;

/**
 * Renders completion certificates as one-page PDFs with embedded Thai fonts and a verification QR
 * code.
 *
 * <p>Thread-safe: every call builds its own document; the only shared state is the immutable,
 * once-loaded fonts.
 */
@ApplicationScoped
public class CertificatePdf {

  private static final TemplateDesign BUILT_IN = TemplateDesign.builtIn();

  /** With the built-in design. */
  public byte[] render(CertificateContent content) {
    return render(content, BUILT_IN, Map.of());
  }

  /**
   * With a library's design.
   *
   * @param design a design already checked by {@link
   *     org.relearning.certificate.template.TemplateRules}
   * @param images the bytes of the pictures the design names, by id; a missing one is left out
   */
  public byte[] render(
      CertificateContent content, TemplateDesign design, Map<Long, byte[]> images) {
    CertificateLabels labels = CertificateLabels.of(content.language());
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    Document document = new Document(CertificatePage.sizeOf(design), 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      // ActualText marked content, which makes shaped Thai copyable, is a PDF 1.5 feature.
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      // Screen readers pick their Thai or English voice from the catalog's language.
      writer
          .getExtraCatalog()
          .put(PdfName.LANG, new PdfString(Languages.closest(content.language()).toLanguageTag()));
      String heading = design.heading(Languages.isThai(content.language()));
      document.addTitle(
          (heading.isBlank() ? labels.title() : heading) + " – " + content.learnerName());
      document.addSubject(content.courseTitle());
      document.addCreator("Relearn");
      document.open();
      new CertificatePage(content, labels, design, images).draw(writer.getDirectContent());
      document.close();
    } catch (DocumentException e) {
      throw new CertificatePdfException(
          "Cannot render certificate " + content.verificationCode(), e);
    }
    return out.toByteArray();
  }
}
