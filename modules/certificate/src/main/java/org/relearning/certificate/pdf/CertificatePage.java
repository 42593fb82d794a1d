package org.relearning.certificate.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relearning.certificate.template.Align;
import org.relearning.certificate.template.Field;
import org.relearning.certificate.template.Orientation;
import org.relearning.certificate.template.Placement;
import org.relearning.certificate.template.Signatory;
import org.relearning.certificate.template.TemplateDesign;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;

/**
 * Draws one certificate onto an A4 page as its template says.
 *
 * <p>A template whose text fields sit where the built-in design puts them ({@link
 * TemplateDesign#hasBuiltInBody()}) is drawn exactly as the reviewed design: name, course and
 * library centred as one block that shrinks together. Otherwise each field is drawn in its own box
 * at its place; a box that would reach past the inner border is moved back inside it, and its text
 * shrinks or wraps to the box's width, so nothing leaves the page either way.
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

  /** A4 portrait. */
  static final Rectangle PORTRAIT_SIZE =
      new Rectangle(PageSize.A4.getWidth(), PageSize.A4.getHeight());

  /** Text and pictures of a positioned field keep this far inside the inner border. */
  private static final float BOX_MARGIN = 6;

  /** A path's list of courses wraps to this many lines before it shrinks further. */
  private static final int PATH_COURSES_LINES = 3;

  /** The tallest a signature picture is drawn. */
  private static final float SIGNATURE_IMAGE_HEIGHT = 40;

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
  private final TemplateDesign design;
  private final Map<Long, byte[]> images;
  private final boolean thai;
  private final Rectangle size;
  private final float centreX;
  private final float textWidth;

  CertificatePage(
      CertificateContent content,
      CertificateLabels labels,
      TemplateDesign design,
      Map<Long, byte[]> images) {
    this.content = content;
    this.labels = labels;
    this.design = design;
    this.images = images;
    this.thai = Languages.isThai(content.language());
    this.size = sizeOf(design);
    this.centreX = size.getWidth() / 2;
    this.textWidth = size.getWidth() - 2 * (INNER_BORDER + TEXT_MARGIN);
  }

  static Rectangle sizeOf(TemplateDesign design) {
    return design.getOrientation() == Orientation.PORTRAIT ? PORTRAIT_SIZE : SIZE;
  }

  void draw(PdfContentByte canvas) {
    drawPaperAndBorders(canvas);
    if (design.hasBuiltInBody()) {
      drawCentred(
          canvas,
          TextFitter.fit(design.heading(thai), bold(), textWidth, 46, 1),
          TITLE_BASELINE,
          NAVY);
      drawOrnament(canvas, ORNAMENT_Y);
      drawMiddle(canvas);
      drawDate(canvas);
      drawVerification(canvas);
    } else {
      drawPositioned(canvas);
    }
    drawLogo(canvas);
    drawSignatures(canvas);
  }

  private void drawPaperAndBorders(PdfContentByte canvas) {
    float width = size.getWidth();
    float height = size.getHeight();
    canvas.saveState();
    canvas.setColorFill(PAPER);
    canvas.rectangle(0, 0, width, height);
    canvas.fill();
    Image background = image(design.getBackgroundId());
    if (background != null) {
      drawCover(canvas, background, width, height);
      canvas.restoreState();
      return;
    }
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
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(fit(design.intro(thai), regular(), 17 * scale, 1), MUTED, 6 * scale));
    blocks.add(new Block(fitName(scale), INK, 18 * scale));
    blocks.add(
        new Block(fit(design.courseIntro(thai), regular(), 17 * scale, 1), MUTED, 6 * scale));
    blocks.add(new Block(fit(content.courseTitle(), bold(), 26 * scale, 3), NAVY, 16 * scale));
    content
        .pathCoursesLine()
        .ifPresent(
            line ->
                blocks.add(
                    pathCourses(fit(line, regular(), 14 * scale, PATH_COURSES_LINES), 14 * scale)));
    blocks.add(new Block(fit(library, regular(), 18 * scale, 1), INK, 0));
    return blocks;
  }

  /** A path certificate's list of courses, quieter than the path's title above it. */
  private static Block pathCourses(FittedText text, float gapAfter) {
    return new Block(text, MUTED, gapAfter);
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
    float x = size.getWidth() - FOOTER_CENTRE_OFFSET;
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

  // ---- fields in boxes of their own --------------------------------------------------------

  /** A field's box on this page, in points, already inside the inner border. */
  private record Box(float left, float width, float top, Align align) {
    float right() {
      return left + width;
    }
  }

  private Box box(Placement p) {
    float inner = INNER_BORDER + BOX_MARGIN;
    float pageWidth = size.getWidth();
    float left = Math.max(inner, (float) (p.getX() / 100 * pageWidth));
    float right =
        Math.min(pageWidth - inner, (float) ((p.getX() + p.getWidth()) / 100 * pageWidth));
    if (right - left < 20) {
      left = Math.max(inner, right - 20);
    }
    float top = size.getHeight() - (float) (p.getY() / 100 * size.getHeight());
    return new Box(left, right - left, Math.min(top, size.getHeight() - inner), p.getAlign());
  }

  private void drawPositioned(PdfContentByte canvas) {
    for (Field field :
        List.of(
            Field.HEADING,
            Field.LEARNER_NAME,
            Field.COURSE,
            Field.LIBRARY,
            Field.HOURS,
            Field.GRADE,
            Field.COMPLETED_ON,
            Field.CODE,
            Field.QR)) {
      Placement p = design.placement(field);
      if (p.isVisible()) {
        drawField(canvas, field, p);
      }
    }
  }

  private void drawField(PdfContentByte canvas, Field field, Placement p) {
    Box box = box(p);
    float fontSize = (float) p.getFontSize();
    List<Block> blocks = new ArrayList<>();
    switch (field) {
      case HEADING ->
          blocks.add(new Block(fit(design.heading(thai), bold(), box, fontSize, 1), NAVY, 0));
      case LEARNER_NAME -> {
        introBlock(blocks, design.intro(thai), box, fontSize * 17 / 40);
        FittedText oneLine = fit(content.learnerName(), bold(), box, fontSize, 1);
        blocks.add(
            new Block(
                oneLine.size() >= fontSize * SMALLEST_ONE_LINE_NAME / 40
                    ? oneLine
                    : fit(content.learnerName(), bold(), box, fontSize * 0.75f, 2),
                INK,
                0));
      }
      case COURSE -> {
        introBlock(blocks, design.courseIntro(thai), box, fontSize * 17 / 26);
        blocks.add(new Block(fit(content.courseTitle(), bold(), box, fontSize, 3), NAVY, 0));
        content
            .pathCoursesLine()
            .ifPresent(
                line ->
                    blocks.add(
                        pathCourses(
                            fit(line, regular(), box, fontSize * 0.55f, PATH_COURSES_LINES), 0)));
      }
      case LIBRARY ->
          blocks.add(
              new Block(
                  fit(
                      labels.atLibrary() + " " + content.libraryName(),
                      regular(),
                      box,
                      fontSize,
                      2),
                  INK,
                  0));
      case HOURS -> {
        if (content.hours() != null) {
          blocks.add(new Block(fit(hours(content.hours()), regular(), box, fontSize, 1), INK, 0));
        }
      }
      case GRADE -> {
        if (content.grade() != null && !content.grade().isBlank()) {
          String grade = labels.grade() + " " + content.grade();
          blocks.add(new Block(fit(grade, regular(), box, fontSize, 1), INK, 0));
        }
      }
      case COMPLETED_ON -> {
        String date = Dates.longDate(content.completedOn(), content.language(), content.digits());
        blocks.add(new Block(fit(date, bold(), box, fontSize, 1), INK, 8));
        blocks.add(
            new Block(fit(labels.completedOn(), regular(), box, fontSize * 11 / 16, 1), MUTED, 0));
      }
      case CODE -> {
        String code = labels.verificationCode() + " " + content.verificationCode();
        blocks.add(new Block(fit(code, bold(), box, fontSize, 1), INK, 2));
        String url = labels.verifyAt() + " " + content.verificationUrl();
        blocks.add(new Block(fit(url, regular(), box, fontSize * 0.85f, 1), MUTED, 0));
      }
      case QR -> {
        drawQr(canvas, box);
        return;
      }
      default -> {
        return;
      }
    }
    float top = clampTop(box.top(), height(blocks));
    for (Block block : blocks) {
      drawAligned(canvas, block.text(), box, baselineBelow(top, block.text()), block.colour());
      top -= block.text().height() + block.gapAfter();
    }
    if (field == Field.HEADING) {
      drawOrnament(canvas, box, top - 8);
    }
    if (field == Field.COMPLETED_ON) {
      FittedText date = blocks.get(0).text();
      float ruleY = clampTop(box.top(), height(blocks)) - date.height() - 3;
      canvas.saveState();
      canvas.setColorStroke(GOLD);
      canvas.setLineWidth(0.8f);
      canvas.moveTo(box.left(), ruleY);
      canvas.lineTo(box.right(), ruleY);
      canvas.stroke();
      canvas.restoreState();
    }
  }

  private void introBlock(List<Block> blocks, String intro, Box box, float size) {
    if (intro != null && !intro.isBlank()) {
      blocks.add(new Block(fit(intro, regular(), box, Math.max(6, size), 1), MUTED, size * 0.35f));
    }
  }

  /** Moves a block of {@code height} up or down so that it stays inside the inner border. */
  private float clampTop(float top, float height) {
    float inner = INNER_BORDER + BOX_MARGIN;
    float highest = size.getHeight() - inner;
    float lowest = inner + height;
    return Math.max(Math.min(top, highest), Math.min(lowest, highest));
  }

  private void drawOrnament(PdfContentByte canvas, Box box, float y) {
    float x =
        switch (box.align()) {
          case LEFT -> box.left() + 120;
          case RIGHT -> box.right() - 120;
          default -> box.left() + box.width() / 2;
        };
    float half = Math.min(120, box.width() / 2);
    x = Math.max(box.left() + half, Math.min(box.right() - half, x));
    canvas.saveState();
    canvas.setColorStroke(GOLD);
    canvas.setLineWidth(0.8f);
    canvas.moveTo(x - half, y);
    canvas.lineTo(x - 12, y);
    canvas.moveTo(x + 12, y);
    canvas.lineTo(x + half, y);
    canvas.stroke();
    canvas.setColorFill(GOLD);
    diamond(canvas, x, y, 5);
    canvas.fill();
    canvas.restoreState();
  }

  private void drawQr(PdfContentByte canvas, Box box) {
    float inner = INNER_BORDER + BOX_MARGIN;
    float side = Math.min(box.width(), size.getHeight() - 2 * inner);
    float left =
        switch (box.align()) {
          case LEFT -> box.left();
          case RIGHT -> box.right() - side;
          default -> box.left() + (box.width() - side) / 2;
        };
    float bottom = clampTop(box.top(), side) - side;
    QrCode.of(content.verificationUrl()).draw(canvas, left, bottom, side, INK);
  }

  private static FittedText fit(String text, BaseFont font, Box box, float maxSize, int lines) {
    return TextFitter.fit(text, font, box.width(), maxSize, lines);
  }

  private static void drawAligned(
      PdfContentByte canvas, FittedText text, Box box, float firstBaseline, Color colour) {
    float baseline = firstBaseline;
    for (String line : text.lines()) {
      float width = TextFitter.width(line, text.font(), text.size());
      float x =
          switch (box.align()) {
            case LEFT -> box.left();
            case RIGHT -> box.right() - width;
            default -> box.left() + (box.width() - width) / 2;
          };
      canvas.beginText();
      canvas.setFontAndSize(text.font(), text.size());
      canvas.setColorFill(colour);
      canvas.setTextMatrix(x, baseline);
      canvas.showText(line);
      canvas.endText();
      baseline -= text.leading();
    }
  }

  private String hours(BigDecimal hours) {
    String number =
        CertificateLabels.numerals(
            hours.stripTrailingZeros().toPlainString(), content.language(), content.digits());
    return new MessageFormat(labels.hours(), content.language()).format(new Object[] {number});
  }

  // ---- pictures ---------------------------------------------------------------------------------

  private Image image(Long id) {
    byte[] bytes = id == null ? null : images.get(id);
    if (bytes == null) {
      return null;
    }
    try {
      return Image.getInstance(bytes);
    } catch (Exception e) {
      throw new CertificatePdfException("Cannot read template image " + id, e);
    }
  }

  /** Fills the page, cropping what sticks out rather than distorting the picture. */
  private static void drawCover(PdfContentByte canvas, Image image, float width, float height) {
    float scale = Math.max(width / image.getWidth(), height / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    canvas.saveState();
    canvas.rectangle(0, 0, width, height);
    canvas.clip();
    canvas.newPath();
    addImage(canvas, image, (width - w) / 2, (height - h) / 2, w, h);
    canvas.restoreState();
  }

  private static void addImage(
      PdfContentByte canvas, Image image, float x, float y, float w, float h) {
    try {
      canvas.addImage(image, w, 0, 0, h, x, y);
    } catch (Exception e) {
      throw new CertificatePdfException("Cannot draw template image", e);
    }
  }

  /** The logo, as large as fits a square as wide as its box. */
  private void drawLogo(PdfContentByte canvas) {
    Placement p = design.placement(Field.LOGO);
    Image logo = image(design.getLogoId());
    if (logo == null || !p.isVisible()) {
      return;
    }
    Box box = box(p);
    float scale = Math.min(box.width() / logo.getWidth(), box.width() / logo.getHeight());
    float w = logo.getWidth() * scale;
    float h = logo.getHeight() * scale;
    float left =
        switch (box.align()) {
          case LEFT -> box.left();
          case RIGHT -> box.right() - w;
          default -> box.left() + (box.width() - w) / 2;
        };
    addImage(canvas, logo, left, clampTop(box.top(), h) - h, w, h);
  }

  /**
   * Side by side in the signatures' box: each a picture of the signature above a line, the name
   * under the line and the title under the name.
   */
  private void drawSignatures(PdfContentByte canvas) {
    Placement p = design.placement(Field.SIGNATURES);
    List<Signatory> signatories = design.printedSignatories();
    if (signatories.isEmpty() || !p.isVisible()) {
      return;
    }
    Box band = box(p);
    float nameSize = (float) p.getFontSize();
    float column = band.width() / signatories.size();
    float height = SIGNATURE_IMAGE_HEIGHT + 6 + nameSize * 1.3f * 2 + nameSize;
    float top = clampTop(band.top(), height);
    for (int i = 0; i < signatories.size(); i++) {
      Signatory s = signatories.get(i);
      Box cell = new Box(band.left() + i * column + 6, column - 12, top, Align.CENTER);
      float lineY = top - SIGNATURE_IMAGE_HEIGHT - 4;
      Image picture = image(s.getImageId());
      if (picture != null) {
        float scale =
            Math.min(
                cell.width() / picture.getWidth(), SIGNATURE_IMAGE_HEIGHT / picture.getHeight());
        float w = picture.getWidth() * scale;
        float h = picture.getHeight() * scale;
        addImage(canvas, picture, cell.left() + (cell.width() - w) / 2, lineY + 2, w, h);
      }
      canvas.saveState();
      canvas.setColorStroke(GOLD);
      canvas.setLineWidth(0.8f);
      float half = cell.width() * 0.4f;
      canvas.moveTo(cell.left() + cell.width() / 2 - half, lineY);
      canvas.lineTo(cell.left() + cell.width() / 2 + half, lineY);
      canvas.stroke();
      canvas.restoreState();
      float y = lineY - 3;
      String name = s.name(thai);
      if (name != null && !name.isBlank()) {
        FittedText text = fit(name, bold(), cell, nameSize, 1);
        drawAligned(canvas, text, cell, baselineBelow(y, text), INK);
        y -= text.height();
      }
      String title = s.title(thai);
      if (title != null && !title.isBlank()) {
        FittedText text = fit(title, regular(), cell, nameSize * 0.9f, 2);
        drawAligned(canvas, text, cell, baselineBelow(y, text), MUTED);
      }
    }
  }
}
