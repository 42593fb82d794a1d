package org.relearning.course.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relearning.course.LessonOrder;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.block.RichTextBlock;

class PublishedCourseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static PublishedLesson text(long id) {
    return new PublishedLesson(
        id, "บท " + id, List.of(new PublishedBlock(RichTextBlock.ID, "<p>ข้อความ</p>", null)));
  }

  private static PublishedLesson quiz(long id, long quizId) {
    return new PublishedLesson(
        id, "แบบทดสอบ", List.of(new PublishedBlock(QuizBlock.ID, null, quizId)));
  }

  /** Section 10 (lessons 1, 2) open; section 20 (lessons 3, quiz 4) opens on {@code opensOn}. */
  private static PublishedCourse course(LessonOrder order, LocalDate opensOn) {
    return new PublishedCourse(
        7,
        1,
        order,
        List.of(
            new PublishedSection(10, "หนึ่ง", null, List.of(text(1), text(2))),
            new PublishedSection(20, "สอง", opensOn, List.of(text(3), quiz(4, 99)))));
  }

  @Test
  void inAnyOrderEveryReleasedLessonIsOpen() {
    PublishedCourse free = course(LessonOrder.FREE, null);
    for (long lesson = 1; lesson <= 4; lesson++) {
      assertEquals(LessonAccess.OPEN, free.access(lesson, Set.of(), TODAY));
    }
  }

  @Test
  void inOrderALessonOpensWhenEveryLessonBeforeItIsDone() {
    PublishedCourse ordered = course(LessonOrder.SEQUENTIAL, null);
    assertEquals(LessonAccess.OPEN, ordered.access(1, Set.of(), TODAY));
    assertEquals(LessonAccess.AFTER_PREVIOUS, ordered.access(2, Set.of(), TODAY));
    assertEquals(LessonAccess.OPEN, ordered.access(2, Set.of(1L), TODAY));
    assertEquals(
        LessonAccess.AFTER_PREVIOUS,
        ordered.access(4, Set.of(1L, 3L), TODAY),
        "a gap before it keeps it closed");
    assertEquals(LessonAccess.OPEN, ordered.access(4, Set.of(1L, 2L, 3L), TODAY));
  }

  @Test
  void aSectionOpensOnItsDayNotTheDayBefore() {
    PublishedCourse later = course(LessonOrder.FREE, TODAY.plusDays(1));
    assertEquals(LessonAccess.NOT_YET_RELEASED, later.access(3, Set.of(), TODAY));
    assertEquals(LessonAccess.OPEN, later.access(3, Set.of(), TODAY.plusDays(1)));
    assertEquals(LessonAccess.OPEN, later.access(1, Set.of(), TODAY));
    assertEquals(
        LessonAccess.NOT_YET_RELEASED,
        course(LessonOrder.SEQUENTIAL, TODAY.plusDays(1)).access(3, Set.of(1L, 2L), TODAY),
        "the release day counts even when every lesson before is done");
  }

  @Test
  void theWholeOutlineAtOnceAgreesWithEachLessonAsked() {
    List<Long> lessons = List.of(1L, 2L, 3L, 4L);
    int checked = 0;
    for (LessonOrder order : LessonOrder.values()) {
      for (LocalDate opensOn : new LocalDate[] {null, TODAY, TODAY.plusDays(1)}) {
        PublishedCourse c = course(order, opensOn);
        for (int mask = 0; mask < 16; mask++) { // every set of lessons done
          Set<Long> done = new java.util.HashSet<>();
          for (int i = 0; i < 4; i++) {
            if ((mask & 1 << i) != 0) {
              done.add(lessons.get(i));
            }
          }
          Map<Long, LessonAccess> all = c.accessOfAll(done, TODAY);
          assertEquals(lessons, List.copyOf(all.keySet()), "every lesson, in course order");
          for (long lesson : lessons) {
            assertEquals(
                c.access(lesson, done, TODAY),
                all.get(lesson),
                order + " opens " + opensOn + " done " + done + " lesson " + lesson);
            checked++;
          }
        }
      }
    }
    assertEquals(LessonOrder.values().length * 3 * 16 * 4, checked);
    assertEquals(
        LessonAccess.AFTER_PREVIOUS,
        course(LessonOrder.SEQUENTIAL, null).accessOfAll(Set.of(1L, 3L), TODAY).get(4L),
        "a gap before it keeps it closed");
  }

  @Test
  void navigationFindsNeighboursAcrossSections() {
    PublishedCourse c = course(LessonOrder.FREE, null);
    assertEquals(3L, c.next(2).orElseThrow().getId());
    assertEquals(2L, c.previous(3).orElseThrow().getId());
    assertTrue(c.previous(1).isEmpty());
    assertTrue(c.next(4).isEmpty());
    assertEquals(2L, c.firstNotDone(Set.of(1L)).orElseThrow().getId());
    assertEquals(1L, c.firstNotDone(Set.of(1L, 2L, 3L, 4L)).orElseThrow().getId());
  }

  @Test
  void quizzesAreFoundInTheLessonsThatHoldThem() {
    PublishedCourse c = course(LessonOrder.FREE, null);
    assertEquals(Set.of(99L), c.quizIds());
    assertEquals(List.of(4L), c.lessonsWithQuiz(99).stream().map(PublishedLesson::getId).toList());
    assertTrue(c.lessonsWithQuiz(98).isEmpty());
  }

  @Test
  void theStoredFormReadsBackToTheSameCourse() {
    String json =
        """
        {"format":1,"order":"SEQUENTIAL","sections":[
          {"id":10,"title":"หนึ่ง","lessons":[{"id":1,"title":"บท 1","blocks":[
            {"type":"rich-text","body":"<p>ข้อความ</p>"}]}]},
          {"id":20,"title":"สอง","opensOn":"2026-12-01","lessons":[{"id":4,"title":"แบบทดสอบ",
            "blocks":[{"type":"quiz","ref":99}]}]}]}
        """;
    PublishedCourse read = VersionContent.read(7, 3, json);
    assertEquals(3, read.getNumber());
    assertTrue(read.isSequential());
    assertEquals(LocalDate.of(2026, 12, 1), read.getSections().get(1).getOpensOn());
    assertEquals("<p>ข้อความ</p>", read.lesson(1).orElseThrow().getBlocks().get(0).getBody());
    assertEquals(99L, read.lesson(4).orElseThrow().getBlocks().get(0).getRefId());
    assertEquals(null, read.lesson(1).orElseThrow().getBlocks().get(0).getRefId());
  }
}
