package org.relearning.course.media;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Media a caller was allowed to read, handed out by {@link MediaService#open(long)} only after the
 * check; copies any part of the bytes straight from the store to a response.
 */
public final class MediaContent {

  private final Media media;
  private final MediaStore store;

  MediaContent(Media media, MediaStore store) {
    this.media = media;
    this.store = store;
  }

  public Media media() {
    return media;
  }

  /** Writes bytes {@code from} to {@code from + length - 1}; the caller checked the range. */
  public void writeTo(long from, long length, OutputStream out) throws IOException {
    store.copy(media.getStoreKey(), from, length, out);
  }
}
