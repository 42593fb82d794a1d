package org.relearning.course.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the bytes of media live. Two places, chosen by the environment (see the ADR on media
 * storage): the database, and a folder every node mounts.
 */
interface MediaStore {

  /** What writing gave: where the bytes are, how many, and their SHA-256 in hex. */
  record Written(String key, long size, String sha256) {}

  /** Name kept in {@code CRS_MEDIA.STORE}, so each file is read from where it was written. */
  String name();

  /**
   * Stores {@code in} to its end; throws {@link MediaRefusedException} ({@code
   * media.refused.tooLarge}) and keeps nothing once more than {@code maxBytes} arrive.
   */
  Written write(InputStream in, long maxBytes, String fileName) throws IOException;

  /** Copies {@code length} bytes starting at {@code from} to {@code out}. */
  void copy(String key, long from, long length, OutputStream out) throws IOException;

  void delete(String key) throws IOException;
}
