package org.relearning.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.relearning.platform.error.BusinessException;

/**
 * The words a course is found by. Tags are kept in one form (trimmed, inner white space squeezed,
 * lower case by {@link Locale#ROOT} so that a Thai or Turkish server locale changes nothing), so
 * that "Dessert" and "dessert " are one tag and a catalog search matches them by substring.
 */
public final class CourseTags {

  public static final int MAX_TAGS = 10;
  public static final int TAG_MAX = 40;

  private CourseTags() {}

  /**
   * The tags in their kept form, in the order given, blanks and repeats dropped; refuses more than
   * {@link #MAX_TAGS} or one longer than {@link #TAG_MAX} characters.
   */
  public static List<String> normalise(Collection<String> tags) {
    Set<String> kept = new LinkedHashSet<>();
    if (tags != null) {
      for (String tag : tags) {
        String t = normaliseOne(tag);
        if (t.isEmpty()) {
          continue;
        }
        if (t.codePointCount(0, t.length()) > TAG_MAX) {
          throw new BusinessException("course.tags.tooLong", t, TAG_MAX);
        }
        kept.add(t);
      }
    }
    if (kept.size() > MAX_TAGS) {
      throw new BusinessException("course.tags.tooMany", MAX_TAGS);
    }
    return List.copyOf(kept);
  }

  /** Tags typed in one field, separated by commas (Latin or the ideographic comma). */
  public static List<String> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return normalise(List.of(typed.split("[,，、]")));
  }

  /** Tags shown in one field, as {@link #parse} reads them back. */
  public static String join(Collection<String> tags) {
    return String.join(", ", new ArrayList<>(tags));
  }

  static String normaliseOne(String tag) {
    return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
