package org.relearning.course.exchange;

import java.util.Arrays;

/** A file the course's text refers to, stored in the archive under {@code media/}. */
public record MediaFile(String path, byte[] bytes) {

  public MediaFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  int size() {
    return bytes.length;
  }

  /** Equal by content: two archives with the same files are the same archive. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MediaFile m && path.equals(m.path) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "MediaFile[" + path + ", " + bytes.length + " bytes]";
  }
}
