package org.relearning.course.version;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Parsed published versions, kept in memory: a version never changes once written, so a cached copy
 * is never stale, on this node or any other. Bounded; the least recently used go first.
 */
@ApplicationScoped
public class PublishedCourses {

  static final int MAX = 500;

  private final Map<Long, PublishedCourse> byVersionId =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PublishedCourse> eldest) {
              return size() > MAX;
            }
          });

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
    return parsed;
  }
}
