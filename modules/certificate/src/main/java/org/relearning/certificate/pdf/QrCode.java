package org.relearning.certificate.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Map;

/**
 * A QR code drawn as vector rectangles, so it stays sharp when printed at any size and needs no
 * image library.
 */
final class QrCode {

  /** The QR specification asks for four light modules around the symbol. */
  private static final int QUIET_ZONE_MODULES = 4;

  /**
   * Printed certificates get creased and scuffed; level M restores 15 % of the symbol and keeps a
   * typical verification address at a size phones read easily.
   */
  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.CHARACTER_SET,
          "UTF-8",
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          0);

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  static QrCode of(String payload) {
    try {
      return new QrCode(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, HINTS));
    } catch (WriterException e) {
      throw new CertificatePdfException("Cannot encode QR code for " + payload, e);
    }
  }

  /**
   * Draws the symbol with its quiet zone into the square whose lower left corner is {@code (x, y)}.
   */
  void draw(PdfContentByte canvas, float x, float y, float side, Color dark) {
    int count = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
    float module = side / count;
    canvas.saveState();
    canvas.setColorFill(Color.WHITE);
    canvas.rectangle(x, y, side, side);
    canvas.fill();
    canvas.setColorFill(dark);
    float left = x + QUIET_ZONE_MODULES * module;
    float top = y + side - QUIET_ZONE_MODULES * module;
    for (int row = 0; row < modules.getHeight(); row++) {
      drawRow(canvas, row, left, top - (row + 1) * module, module);
    }
    canvas.fill();
    canvas.restoreState();
  }

  /** One rectangle per run of dark modules keeps the content stream small. */
  private void drawRow(PdfContentByte canvas, int row, float left, float bottom, float module) {
    int column = 0;
    while (column < modules.getWidth()) {
      if (!modules.get(column, row)) {
        column++;
        continue;
      }
      int start = column;
      while (column < modules.getWidth() && modules.get(column, row)) {
        column++;
      }
      canvas.rectangle(left + start * module, bottom, (column - start) * module, module);
    }
  }
}
