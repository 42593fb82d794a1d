package org.relearning.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relearning.course.LessonOrder;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.course.version.PublishedSection;
import org.relearning.learning.Progress;
import org.relearning.web.learn.LearnCourseBacking.OutlineLesson;
import org.relearning.web.learn.LearnCourseBacking.OutlineSection;

class LearnCourseBackingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** Sections 1..sections with ids s * 1000, lessons s * 1000 + 1 .. + perSection. */
  private static PublishedCourse course(LessonOrder order, int sections, int perSection) {
    List<PublishedSection> all = new ArrayList<>();
    for (int s = 1; s <= sections; s++) {
      List<PublishedLesson> lessons = new ArrayList<>();
      for (int l = 1; l <= perSection; l++) {
        lessons.add(new PublishedLesson(s * 1000L + l, "เรื่อง " + s + "." + l, List.of()));
      }
      all.add(new PublishedSection(s * 1000L, "บทที่ " + s, null, lessons));
    }
    return new PublishedCourse(9, 1, order, all);
  }

  private static Progress progress(PublishedCourse c, Set<Long> done, Long last) {
    return new Progress(c.lessons().size(), done, false, last);
  }

  @Test
  void aCourseOfUpTo150LessonsListsThemAll() {
    PublishedCourse c = course(LessonOrder.FREE, 3, 50);
    assertNull(LearnCourseBacking.shownSection(c, null, 2001L));
    assertNull(LearnCourseBacking.shownSection(c, "3000", null), "even when one is asked for");
  }

  @Test
  void aLargerCourseListsTheSectionAskedForElseTheOneToResumeElseTheFirst() {
    PublishedCourse c = course(LessonOrder.FREE, 20, 100);
    assertEquals(7000L, LearnCourseBacking.shownSection(c, "7000", 2001L));
    assertEquals(2000L, LearnCourseBacking.shownSection(c, null, 2001L));
    assertEquals(2000L, LearnCourseBacking.shownSection(c, "99", 2001L), "no such section");
    assertEquals(2000L, LearnCourseBacking.shownSection(c, "<b>", 2001L));
    assertEquals(1000L, LearnCourseBacking.shownSection(c, null, null));
    assertEquals(1000L, LearnCourseBacking.shownSection(c, null, 424242L), "lesson not in it");
    assertNull(LearnCourseBacking.shownSection(c, LearnCourseBacking.ALL_SECTIONS, 2001L));
  }

  @Test
  void theOutlineCountsWhatIsDonePerSectionAndListsOnlyTheSectionShown() {
    PublishedCourse c = course(LessonOrder.SEQUENTIAL, 20, 100);
    Set<Long> done = Set.of(1001L, 1002L, 2001L);
    List<OutlineSection> outline =
        LearnCourseBacking.outlineOf(c, progress(c, done, 1002L), TODAY, 1000L);
    assertEquals(20, outline.size());
    assertEquals(List.of(2, 1, 0), outline.subList(0, 3).stream().map(s -> s.getDone()).toList());
    assertTrue(outline.stream().allMatch(s -> s.getLessonCount() == 100));
    assertTrue(outline.get(0).isListed());
    assertTrue(outline.stream().skip(1).noneMatch(OutlineSection::isListed));

    List<OutlineLesson> first = outline.get(0).getLessons();
    assertEquals(100, first.size());
    assertEquals("done", first.get(0).getStyleClass());
    assertTrue(first.get(2).isOpen(), "the next lesson in order is open");
    assertFalse(first.get(3).isOpen(), "the one after it waits");
    assertEquals("locked", first.get(3).getStyleClass());
  }

  @Test
  void everySectionIsListedWhenNoneIsChosen() {
    PublishedCourse c = course(LessonOrder.FREE, 2, 5);
    List<OutlineSection> outline =
        LearnCourseBacking.outlineOf(c, progress(c, Set.of(2005L), null), TODAY, null);
    assertTrue(outline.stream().allMatch(OutlineSection::isListed));
    OutlineLesson last = outline.get(1).getLessons().get(4);
    assertEquals(2005L, last.getId());
    assertTrue(last.isDone() && last.isOpen());
    assertEquals("", outline.get(0).getLessons().get(0).getStyleClass());
  }
}
