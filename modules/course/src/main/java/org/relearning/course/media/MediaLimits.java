package org.relearning.course.media;

/**
 * How large an upload may be, by kind. Pictures from a phone are a few MB; a worksheet or a printed
 * recipe book as PDF stays under 50 MB; a ten-minute cooking video filmed at 720p is 300–500 MB.
 * {@code RELEARN_MEDIA_MAX_MB}, when set, lowers (or raises) the ceiling for every kind.
 */
public final class MediaLimits {

  public static final long MB = 1024L * 1024L;
  public static final long IMAGE_MAX = 10 * MB;
  public static final long DOCUMENT_MAX = 50 * MB;
  public static final long AUDIO_MAX = 100 * MB;
  public static final long VIDEO_MAX = 500 * MB;
  public static final String ENV = "RELEARN_MEDIA_MAX_MB";

  private MediaLimits() {}

  public static long maxBytes(MediaKind kind) {
    long standard =
        switch (kind) {
          case IMAGE -> IMAGE_MAX;
          case DOCUMENT -> DOCUMENT_MAX;
          case AUDIO -> AUDIO_MAX;
          case VIDEO -> VIDEO_MAX;
        };
    return ceiling().map(c -> kind == MediaKind.VIDEO ? c : Math.min(c, standard)).orElse(standard);
  }

  /** The largest upload of any kind: what a request body may be at most. */
  public static long largest() {
    return maxBytes(MediaKind.VIDEO);
  }

  private static java.util.Optional<Long> ceiling() {
    String value = System.getenv(ENV);
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      long mb = Long.parseLong(value.trim());
      return mb > 0 ? java.util.Optional.of(mb * MB) : java.util.Optional.empty();
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
