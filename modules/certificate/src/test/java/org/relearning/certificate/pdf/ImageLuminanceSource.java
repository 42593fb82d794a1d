package org.relearning.certificate.pdf;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/**
 * Grey levels of a rendered page for the QR decoder; zxing's own adapter lives in its {@code
 * javase} module, which the project does not use.
 */
final class ImageLuminanceSource extends LuminanceSource {

  private final byte[] luminances;

  ImageLuminanceSource(BufferedImage image) {
    super(image.getWidth(), image.getHeight());
    luminances = new byte[image.getWidth() * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        luminances[y * image.getWidth() + x] =
            (byte) ((red * 299 + green * 587 + blue * 114) / 1000);
      }
    }
  }

  @Override
  public byte[] getRow(int y, byte[] row) {
    byte[] result = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
    System.arraycopy(luminances, y * getWidth(), result, 0, getWidth());
    return result;
  }

  @Override
  public byte[] getMatrix() {
    return luminances;
  }
}
