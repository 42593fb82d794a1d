package org.relearning.web.journey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A downloaded certificate PDF, read back with PDFBox: its text and its fonts. */
final class CertificateDocument {

  private final String text;
  private final int pages;
  private final List<String> fonts;
  private final List<String> fontsNotEmbedded;

  private CertificateDocument(
      String text, int pages, List<String> fonts, List<String> fontsNotEmbedded) {
    this.text = text;
    this.pages = pages;
    this.fonts = fonts;
    this.fontsNotEmbedded = fontsNotEmbedded;
  }

  static CertificateDocument read(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      List<String> notEmbedded = new ArrayList<>();
      Set<COSName> seenForms = new HashSet<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, notEmbedded, seenForms, 0);
      }
      return new CertificateDocument(
          new PDFTextStripper().getText(document), document.getNumberOfPages(), fonts, notEmbedded);
    }
  }

  private static void collectFonts(
      PDResources resources,
      List<String> fonts,
      List<String> notEmbedded,
      Set<COSName> seenForms,
      int depth)
      throws IOException {
    if (resources == null || depth > 8) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font != null) {
        fonts.add(font.getName());
        if (!font.isEmbedded()) {
          notEmbedded.add(font.getName());
        }
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form && seenForms.add(name)) {
        collectFonts(form.getResources(), fonts, notEmbedded, seenForms, depth + 1);
      }
    }
  }

  /** The extracted text with runs of white space made single spaces. */
  String text() {
    return text.replaceAll("\\s+", " ").strip();
  }

  int pages() {
    return pages;
  }

  List<String> fonts() {
    return fonts;
  }

  List<String> fontsNotEmbedded() {
    return fontsNotEmbedded;
  }
}
