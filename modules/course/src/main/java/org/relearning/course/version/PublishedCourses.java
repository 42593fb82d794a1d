package org.relearning.course.version;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Parsed published versions, kept in memory: a version never changes once written, so a cached copy
 * is never stale, on this node or any other. Bounded; the least recently used go first.
 */
@ApplicationScoped
public class PublishedCourses {

  static final int MAX = 500;

  private final Map<Long, PublishedCourse> byVersionId = leastRecentlyUsed();

  /** The same versions by course and number, which is how learners' enrolments name them. */
  private final Map<Numbered, PublishedCourse> byNumber = leastRecentlyUsed();

  private record Numbered(long courseId, int number) {}

  /** A map of at most {@link #MAX} entries that drops the least recently used first. */
  private static <K> Map<K, PublishedCourse> leastRecentlyUsed() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, PublishedCourse> eldest) {
            return size() > MAX;
          }
        });
  }

  /**
   * Version {@code number} of the course if it was read already; empty otherwise. A course's
   * version number names one version for good (versions are only ever added), so the page of a
   * course and the start of its quiz need not ask the database which one it is.
   */
  public Optional<PublishedCourse> find(long courseId, int number) {
    return Optional.ofNullable(byNumber.get(new Numbered(courseId, number)));
  }

  public PublishedCourse get(CourseVersion version) {
    return get(
        version.getId(),
        () ->
            VersionContent.read(version.getCourseId(), version.getNumber(), version.getContent()));
  }

  /**
   * The version with this id, read from the database ({@code load}) only the first time: a
   * learner's every page and every range request of a video asks, so the stored text (a CLOB) is
   * not fetched again once parsed.
   */
  public PublishedCourse get(long versionId, LongFunction<CourseVersion> load) {
    return get(
        versionId,
        () -> {
          CourseVersion v = load.apply(versionId);
          return VersionContent.read(v.getCourseId(), v.getNumber(), v.getContent());
        });
  }

  PublishedCourse get(long versionId, Supplier<PublishedCourse> parse) {
    PublishedCourse cached = byVersionId.get(versionId);
    if (cached != null) {
      return cached;
    }
    PublishedCourse parsed = parse.get();
    byVersionId.put(versionId, parsed);
    byNumber.put(new Numbered(parsed.getCourseId(), parsed.getNumber()), parsed);
    return parsed;
  }
}
