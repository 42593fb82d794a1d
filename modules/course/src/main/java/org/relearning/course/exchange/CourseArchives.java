package org.relearning.course.exchange;

import java.util.List;
import java.util.Optional;
import org.relearning.course.Course;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;

/** Between a course's entities and its archive form. */
public final class CourseArchives {

  private static final String QUIZ_REF_PREFIX = "quiz:";

  private CourseArchives() {}

  /** The course's details and outline, in order; media will follow when courses store files. */
  public static CourseArchive fromCourse(Course course) {
    return new CourseArchive(
        CourseArchive.FORMAT_VERSION,
        course.getTitle(),
        course.getSummary(),
        course.getLanguage(),
        course.getSections().stream().map(CourseArchives::section).toList(),
        List.of(),
        new CourseArchive.Details(
            course.getCategory(), course.getLevel(), course.getEstimatedHours(), course.getTags()));
  }

  private static SectionData section(Section section) {
    return new SectionData(
        section.getTitle(), section.getLessons().stream().map(CourseArchives::lesson).toList());
  }

  private static LessonData lesson(Lesson lesson) {
    return new LessonData(
        lesson.getTitle(), lesson.getBlocks().stream().map(CourseArchives::block).toList());
  }

  private static BlockData block(ContentBlock block) {
    return new BlockData(
        block.getBlockType(),
        block.getBody(),
        block.getRefId() == null ? null : quizRef(block.getRefId()));
  }

  public static String quizRef(long quizId) {
    return QUIZ_REF_PREFIX + quizId;
  }

  /** The quiz id in a reference this platform wrote, e.g. 42 for {@code "quiz:42"}. */
  public static Optional<Long> quizId(String quizRef) {
    if (quizRef == null || !quizRef.startsWith(QUIZ_REF_PREFIX)) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(quizRef.substring(QUIZ_REF_PREFIX.length()));
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
