package org.relearning.certificate.template;

import java.util.Optional;

/** PNG or JPEG, told by the file's first bytes, never by its name or the browser's claim. */
public final class ImageSniffer {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private ImageSniffer() {}

  /** {@code image/png}, {@code image/jpeg}, or nothing for anything else. */
  public static Optional<String> contentType(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes == null || bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
