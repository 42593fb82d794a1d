package org.relearning.certificate.pdf;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a reader gets out of a certificate PDF, read back with PDFBox.
 *
 * <p>PDFBox's text stripper honours the ActualText spans OpenPDF writes around shaped Thai, so its
 * output is what copy and paste yields.
 */
final class RenderedPdf {

  private final byte[] bytes;

  RenderedPdf(byte[] bytes) {
    this.bytes = bytes;
  }

  int pageCount() {
    try (PDDocument document = load()) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first page's media box: width and height in points. */
  Rectangle2D pageSize() {
    try (PDDocument document = load()) {
      var box = document.getPage(0).getMediaBox();
      return new Rectangle2D.Float(0, 0, box.getWidth(), box.getHeight());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    try (PDDocument document = load()) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ActualText of every marked-content span. OpenPDF writes one for each string its layout
   * processor shaped, so a string missing here was drawn unshaped, with tone marks colliding.
   */
  List<String> actualTexts() {
    try (PDDocument document = load()) {
      List<String> texts = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
              if (properties != null && properties.containsKey(COSName.ACTUAL_TEXT)) {
                texts.add(properties.getString(COSName.ACTUAL_TEXT));
              }
              super.beginMarkedContentSequence(tag, properties);
            }
          };
      stripper.getText(document);
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Boxes of every extracted glyph, in PDF user space (origin bottom left). */
  List<Rectangle2D> glyphBoxes() {
    try (PDDocument document = load()) {
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      List<Rectangle2D> boxes = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                boxes.add(
                    new Rectangle2D.Float(
                        p.getXDirAdj(),
                        pageHeight - p.getYDirAdj(),
                        p.getWidthDirAdj(),
                        p.getHeightDir()));
              }
            }
          };
      stripper.getText(document);
      return boxes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The box around each line of text the extractor found, by the line's text. */
  Map<String, Rectangle2D> lineBoxes() {
    try (PDDocument document = load()) {
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      Map<String, Rectangle2D> lines = new java.util.LinkedHashMap<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              Rectangle2D line = null;
              for (TextPosition p : positions) {
                Rectangle2D box =
                    new Rectangle2D.Float(
                        p.getXDirAdj(),
                        pageHeight - p.getYDirAdj(),
                        p.getWidthDirAdj(),
                        p.getHeightDir());
                line = line == null ? box : line.createUnion(box);
              }
              if (line != null) {
                lines.merge(text, line, Rectangle2D::createUnion);
              }
            }
          };
      stripper.getText(document);
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every font the page uses, by PostScript name, and whether its glyphs are in the file. */
  Map<String, Boolean> fontsEmbedded() {
    try (PDDocument document = load()) {
      Map<String, Boolean> fonts = new TreeMap<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.put(font.getName(), font.isEmbedded());
        }
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BufferedImage image(float dpi) {
    try (PDDocument document = load()) {
      return new PDFRenderer(document).renderImageWithDPI(0, dpi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDDocument load() throws IOException {
    return Loader.loadPDF(bytes);
  }
}
