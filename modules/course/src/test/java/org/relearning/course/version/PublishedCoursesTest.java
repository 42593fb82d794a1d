package org.relearning.course.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.relearning.course.LessonOrder;

class PublishedCoursesTest {

  private static PublishedCourse version(long courseId, int number) {
    return new PublishedCourse(
        courseId,
        number,
        LessonOrder.FREE,
        List.of(new PublishedSection(1, "หนึ่ง", null, List.of())));
  }

  @Test
  void aVersionReadOnceIsFoundByItsCourseAndNumberWithoutReadingAgain() {
    PublishedCourses cache = new PublishedCourses();
    AtomicInteger reads = new AtomicInteger();
    assertTrue(cache.find(7, 2).isEmpty(), "nothing read yet");

    PublishedCourse read =
        cache.get(
            70L,
            () -> {
              reads.incrementAndGet();
              return version(7, 2);
            });
    assertSame(read, cache.find(7, 2).orElseThrow());
    assertSame(read, cache.get(70L, () -> version(7, 2)));
    assertEquals(1, reads.get());
    assertTrue(cache.find(7, 1).isEmpty(), "another number of the course");
    assertTrue(cache.find(8, 2).isEmpty(), "the same number of another course");
  }

  @Test
  void bothIndexesForgetTheLeastRecentlyUsedBeyondTheirBound() {
    PublishedCourses cache = new PublishedCourses();
    for (int i = 0; i <= PublishedCourses.MAX; i++) {
      long course = i;
      cache.get(1000L + i, () -> version(course, 1));
    }
    assertTrue(cache.find(0, 1).isEmpty(), "the first went when the bound was passed");
    assertTrue(cache.find(PublishedCourses.MAX, 1).isPresent());
  }
}
