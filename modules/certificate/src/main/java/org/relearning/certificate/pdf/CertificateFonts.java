package org.relearning.certificate.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;

/**
 * The embedded Thai fonts, loaded once per class loader.
 *
 * <p>OpenPDF only shapes Thai (tone marks above vowels, sara am) when its {@link LayoutProcessor}
 * is enabled before the font is created; without ActualText, copy and paste of shaped clusters such
 * as "น้ำ" yields the wrong characters. Both switches are global, so they are set here, in the
 * class initialiser, which the JVM runs exactly once and before any other thread can see the fonts.
 */
final class CertificateFonts {

  private static final String FONT_DIRECTORY = "org/relearning/certificate/fonts/";

  static final BaseFont REGULAR;
  static final BaseFont BOLD;

  static {
    enableThaiLayout();
    REGULAR = load("Laksaman.ttf");
    BOLD = load("Laksaman-Bold.ttf");
  }

  private CertificateFonts() {}

  /**
   * Other code in the same application may use OpenPDF too; locking on the class they would also
   * have to use keeps two initialisers from racing. {@code enable()} (unlike {@code enable(int)})
   * tolerates being called when already on.
   */
  private static void enableThaiLayout() {
    synchronized (LayoutProcessor.class) {
      if (!LayoutProcessor.isEnabled()) {
        LayoutProcessor.enable();
      }
      LayoutProcessor.setWriteActualText();
    }
  }

  /**
   * The resource path doubles as the font's name: the layout processor re-opens the font through it
   * (as a class path resource) to build its AWT twin, so it must stay resolvable. OpenPDF's own
   * font cache is bypassed because this class already keeps the one instance.
   */
  private static BaseFont load(String fileName) {
    String resource = FONT_DIRECTORY + fileName;
    try {
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, readResource(resource), null);
    } catch (DocumentException | IOException e) {
      throw new CertificatePdfException("Cannot load certificate font " + resource, e);
    }
  }

  private static byte[] readResource(String resource) throws IOException {
    try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Missing class path resource " + resource);
      }
      return in.readAllBytes();
    }
  }
}
