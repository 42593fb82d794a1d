package org.relearning.certificate.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import org.relearning.platform.i18n.Dates;

/**
 * Draws one certificate onto an A4 landscape page.
 *
 * <p>Everything is placed by hand on the canvas rather than through OpenPDF's paragraph layout:
 * only {@code PdfContentByte.showText} goes through the layout processor that shapes Thai, and hand
 * placement is what lets us promise that nothing ever leaves the page.
 */
final class CertificatePage {

  /**
   * A4 landscape as a plain wide media box: {@code PageSize.A4.rotate()} would give a portrait page
   * with {@code /Rotate 90}, which some print drivers and text extractors handle badly.
   */
  static final Rectangle SIZE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

  private static final Color PAPER = new Color(0xFF, 0xFC, 0xF3);
  private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
  private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
  private static final Color INK = new Color(0x26, 0x26, 0x26);
  private static final Color MUTED = new Color(0x5E, 0x5E, 0x5E);

  private static final float OUTER_BORDER = 20;
  private static final float INNER_BORDER = 28;

  /** Text never comes closer to the inner border than this. */
  private static final float TEXT_MARGIN = 80;

  private static final float TITLE_BASELINE = 490;
  private static final float ORNAMENT_Y = 467;

  /** The middle of the page between the ornament and the top of the footer blocks. */
  private static final float FLOW_TOP = 450;

  private static final float FLOW_BOTTOM = 170;

  private static final float QR_SIDE = 92;
  private static final float FOOTER_WIDTH = 190;
  private static final float FOOTER_CENTRE_OFFSET = INNER_BORDER + 30 + FOOTER_WIDTH / 2;
  private static final float QR_BOTTOM = 68;

  /** A long name first shrinks on one line; below this size it reads better on two larger lines. */
  private static final float SMALLEST_ONE_LINE_NAME = 24;

  private final CertificateContent content;
  private final CertificateLabels labels;
  private final float centreX = SIZE.getWidth() / 2;
  private final float textWidth = SIZE.getWidth() - 2 * (INNER_BORDER + TEXT_MARGIN);

  CertificatePage(CertificateContent content, CertificateLabels labels) {
    this.content = content;
    this.labels = labels;
  }

  void draw(PdfContentByte canvas) {
    drawPaperAndBorders(canvas);
    drawCentred(
        canvas, TextFitter.fit(labels.title(), bold(), textWidth, 46, 1), TITLE_BASELINE, NAVY);
    drawOrnament(canvas, ORNAMENT_Y);
    drawMiddle(canvas);
    drawDate(canvas);
    drawVerification(canvas);
  }

  private void drawPaperAndBorders(PdfContentByte canvas) {
    float width = SIZE.getWidth();
    float height = SIZE.getHeight();
    canvas.saveState();
    canvas.setColorFill(PAPER);
    canvas.rectangle(0, 0, width, height);
    canvas.fill();
    canvas.setColorStroke(NAVY);
    canvas.setLineWidth(3);
    canvas.rectangle(
        OUTER_BORDER, OUTER_BORDER, width - 2 * OUTER_BORDER, height - 2 * OUTER_BORDER);
    canvas.stroke();
    canvas.setColorStroke(GOLD);
    canvas.setLineWidth(0.8f);
    canvas.rectangle(
        INNER_BORDER, INNER_BORDER, width - 2 * INNER_BORDER, height - 2 * INNER_BORDER);
    canvas.stroke();
    canvas.setColorFill(GOLD);
    for (float x : new float[] {INNER_BORDER, width - INNER_BORDER}) {
      for (float y : new float[] {INNER_BORDER, height - INNER_BORDER}) {
        diamond(canvas, x, y, 5);
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  /** Gold rule with a diamond in the middle, separating the title from the body. */
  private void drawOrnament(PdfContentByte canvas, float y) {
    canvas.saveState();
    canvas.setColorStroke(GOLD);
    canvas.setLineWidth(0.8f);
    canvas.moveTo(centreX - 120, y);
    canvas.lineTo(centreX - 12, y);
    canvas.moveTo(centreX + 12, y);
    canvas.lineTo(centreX + 120, y);
    canvas.stroke();
    canvas.setColorFill(GOLD);
    diamond(canvas, centreX, y, 5);
    canvas.fill();
    canvas.restoreState();
  }

  /**
   * Certify-that, name, course and library, vertically centred between the ornament and the footer.
   * When the longest names and titles make the stack too tall, everything in it is scaled down
   * together until it fits, so it can never run into the title or the QR code.
   */
  private void drawMiddle(PdfContentByte canvas) {
    float space = FLOW_TOP - FLOW_BOTTOM;
    List<Block> blocks = middle(1);
    for (float scale = 0.95f; height(blocks) > space && scale > 0.2f; scale -= 0.05f) {
      blocks = middle(scale);
    }
    float top = FLOW_BOTTOM + (space + height(blocks)) / 2;
    for (Block block : blocks) {
      drawCentred(canvas, block.text(), baselineBelow(top, block.text()), block.colour());
      top -= block.text().height() + block.gapAfter();
    }
  }

  private List<Block> middle(float scale) {
    String library = labels.atLibrary() + " " + content.libraryName();
    return List.of(
        new Block(fit(labels.certifyThat(), regular(), 17 * scale, 1), MUTED, 6 * scale),
        new Block(fitName(scale), INK, 18 * scale),
        new Block(fit(labels.completedCourse(), regular(), 17 * scale, 1), MUTED, 6 * scale),
        new Block(fit(content.courseTitle(), bold(), 26 * scale, 3), NAVY, 16 * scale),
        new Block(fit(library, regular(), 18 * scale, 1), INK, 0));
  }

  private FittedText fitName(float scale) {
    FittedText oneLine = fit(content.learnerName(), bold(), 40 * scale, 1);
    if (oneLine.size() >= SMALLEST_ONE_LINE_NAME * scale) {
      return oneLine;
    }
    return fit(content.learnerName(), bold(), 30 * scale, 2);
  }

  private FittedText fit(String text, BaseFont font, float maxSize, int maxLines) {
    return TextFitter.fit(text, font, textWidth, maxSize, maxLines);
  }

  private static float height(List<Block> blocks) {
    float height = 0;
    for (Block block : blocks) {
      height += block.text().height() + block.gapAfter();
    }
    return height;
  }

  /**
   * Bottom left, balancing the QR code: the date above a gold rule level with the QR code's lower
   * edge, its label on the same line as the verification code.
   */
  private void drawDate(PdfContentByte canvas) {
    float x = FOOTER_CENTRE_OFFSET;
    String date = Dates.longDate(content.completedOn(), content.language(), content.digits());
    drawCentred(canvas, TextFitter.fit(date, bold(), FOOTER_WIDTH, 16, 1), x, QR_BOTTOM + 10, INK);
    canvas.saveState();
    canvas.setColorStroke(GOLD);
    canvas.setLineWidth(0.8f);
    canvas.moveTo(x - FOOTER_WIDTH / 2, QR_BOTTOM);
    canvas.lineTo(x + FOOTER_WIDTH / 2, QR_BOTTOM);
    canvas.stroke();
    canvas.restoreState();
    drawCentred(
        canvas,
        TextFitter.fit(labels.completedOn(), regular(), FOOTER_WIDTH, 11, 1),
        x,
        QR_BOTTOM - 15,
        MUTED);
  }

  /** Bottom right: the QR code, and under it the code and address for typing in by hand. */
  private void drawVerification(PdfContentByte canvas) {
    float x = SIZE.getWidth() - FOOTER_CENTRE_OFFSET;
    QrCode.of(content.verificationUrl()).draw(canvas, x - QR_SIDE / 2, QR_BOTTOM, QR_SIDE, INK);
    String code = labels.verificationCode() + " " + content.verificationCode();
    drawCentred(canvas, TextFitter.fit(code, bold(), FOOTER_WIDTH, 10, 1), x, QR_BOTTOM - 15, INK);
    String url = labels.verifyAt() + " " + content.verificationUrl();
    drawCentred(
        canvas, TextFitter.fit(url, regular(), FOOTER_WIDTH, 8.5f, 1), x, QR_BOTTOM - 27, MUTED);
  }

  private void drawCentred(
      PdfContentByte canvas, FittedText text, float firstBaseline, Color colour) {
    drawCentred(canvas, text, centreX, firstBaseline, colour);
  }

  private static void drawCentred(
      PdfContentByte canvas, FittedText text, float x, float firstBaseline, Color colour) {
    float baseline = firstBaseline;
    for (String line : text.lines()) {
      float width = TextFitter.width(line, text.font(), text.size());
      canvas.beginText();
      canvas.setFontAndSize(text.font(), text.size());
      canvas.setColorFill(colour);
      canvas.setTextMatrix(x - width / 2, baseline);
      canvas.showText(line);
      canvas.endText();
      baseline -= text.leading();
    }
  }

  /** Places the first line so that the block's top edge is at {@code top}. */
  private static float baselineBelow(float top, FittedText text) {
    float ascent = text.font().getFontDescriptor(BaseFont.ASCENT, text.size());
    float descent = -text.font().getFontDescriptor(BaseFont.DESCENT, text.size());
    return top - (text.leading() - ascent - descent) / 2 - ascent;
  }

  private static void diamond(PdfContentByte canvas, float x, float y, float radius) {
    canvas.moveTo(x, y + radius);
    canvas.lineTo(x + radius, y);
    canvas.lineTo(x, y - radius);
    canvas.lineTo(x - radius, y);
    canvas.closePath();
  }

  private static BaseFont regular() {
    return CertificateFonts.REGULAR;
  }

  private static BaseFont bold() {
    return CertificateFonts.BOLD;
  }

  private record Block(FittedText text, Color colour, float gapAfter) {}
}
