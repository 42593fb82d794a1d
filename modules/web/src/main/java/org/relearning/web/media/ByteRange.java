package org.relearning.web.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a file an HTTP {@code Range} header asks for (RFC 9110 §14): {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}. A header this class does not understand, or one asking for
 * several ranges, is ignored and the whole file is sent, as the RFC allows.
 *
 * @param start first byte, inclusive
 * @param end last byte, inclusive
 */
public record ByteRange(long start, long end) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** What to answer a request. */
  public enum Answer {
    /** 200, the whole file. */
    WHOLE,
    /** 206, the range. */
    PARTIAL,
    /** 416, nothing of the file is in the range. */
    UNSATISFIABLE
  }

  /** The answer and, for {@link Answer#PARTIAL}, the range. */
  public record Parsed(Answer answer, ByteRange range) {}

  public long length() {
    return end - start + 1;
  }

  /** {@code bytes a-b/size}, for {@code Content-Range}. */
  public String contentRange(long size) {
    return "bytes " + start + "-" + end + "/" + size;
  }

  public static Parsed parse(String header, long size) {
    if (header == null) {
      return whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return whole();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0 || size == 0) {
        return unsatisfiable();
      }
      return partial(Math.max(0, size - suffix), size - 1);
    }
    long start = Long.parseLong(m.group(1));
    long end = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
    if (end < start) {
      return whole();
    }
    if (start >= size) {
      return unsatisfiable();
    }
    return partial(start, Math.min(end, size - 1));
  }

  private static Parsed whole() {
    return new Parsed(Answer.WHOLE, null);
  }

  private static Parsed unsatisfiable() {
    return new Parsed(Answer.UNSATISFIABLE, null);
  }

  private static Parsed partial(long start, long end) {
    return new Parsed(Answer.PARTIAL, new ByteRange(start, end));
  }
}
