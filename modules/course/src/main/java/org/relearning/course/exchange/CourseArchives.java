package org.relearning.course.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relearning.course.Course;
import org.relearning.course.block.BlockContent;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.course.version.PublishedSection;

/** Between a course's entities and its archive form. */
public final class CourseArchives {

  private static final String QUIZ_REF_PREFIX = "quiz:";

  private CourseArchives() {}

  /** The file behind a media block's {@code refId}, if it can travel in an archive. */
  @FunctionalInterface
  public interface MediaFiles {
    Optional<MediaFile> file(long mediaId);
  }

  /** The course's details and outline, in order, without media files. */
  public static CourseArchive fromCourse(Course course) {
    return fromCourse(course, id -> Optional.empty());
  }

  /** The course's details, outline and the media its blocks show, each file once. */
  public static CourseArchive fromCourse(Course course, MediaFiles mediaFiles) {
    Map<Long, MediaFile> used = new LinkedHashMap<>();
    List<SectionData> sections = new ArrayList<>();
    for (Section section : course.getSections()) {
      List<LessonData> lessons = new ArrayList<>();
      for (Lesson lesson : section.getLessons()) {
        lessons.add(lesson(lesson.getTitle(), lesson.getBlocks(), mediaFiles, used));
      }
      sections.add(new SectionData(section.getTitle(), lessons, section.getOpensOn()));
    }
    return archive(course, sections, used);
  }

  /**
   * The course's details with the outline of one published version instead of the working copy, and
   * the media that version shows: what another library adopts.
   */
  public static CourseArchive fromPublished(
      Course course, PublishedCourse version, MediaFiles mediaFiles) {
    Map<Long, MediaFile> used = new LinkedHashMap<>();
    List<SectionData> sections = new ArrayList<>();
    for (PublishedSection section : version.getSections()) {
      List<LessonData> lessons = new ArrayList<>();
      for (PublishedLesson lesson : section.getLessons()) {
        lessons.add(lesson(lesson.getTitle(), lesson.getBlocks(), mediaFiles, used));
      }
      sections.add(new SectionData(section.getTitle(), lessons, section.getOpensOn()));
    }
    return archive(course, sections, used);
  }

  private static LessonData lesson(
      String title,
      List<? extends BlockContent> blocks,
      MediaFiles mediaFiles,
      Map<Long, MediaFile> used) {
    return new LessonData(title, blocks.stream().map(b -> block(b, mediaFiles, used)).toList());
  }

  private static CourseArchive archive(
      Course course, List<SectionData> sections, Map<Long, MediaFile> used) {
    return new CourseArchive(
        CourseArchive.FORMAT_VERSION,
        course.getTitle(),
        course.getSummary(),
        course.getLanguage(),
        sections,
        List.copyOf(used.values()),
        new CourseArchive.Details(
            course.getCategory(),
            course.getLevel(),
            course.getEstimatedHours(),
            course.getTags(),
            course.getLessonOrder(),
            course.getCertificateMonths(),
            course.isSignOffRequired()));
  }

  private static BlockData block(
      BlockContent block, MediaFiles mediaFiles, Map<Long, MediaFile> used) {
    Long ref = block.getRefId();
    if (ref == null) {
      return new BlockData(block.getBlockType(), block.getBody(), null);
    }
    if (QuizBlock.ID.equals(block.getBlockType())) {
      return new BlockData(block.getBlockType(), block.getBody(), quizRef(ref));
    }
    if (!used.containsKey(ref)) {
      mediaFiles.file(ref).ifPresent(f -> used.put(ref, f));
    }
    MediaFile file = used.get(ref);
    return new BlockData(
        block.getBlockType(), block.getBody(), null, file == null ? null : file.path());
  }

  /** Where media {@code id} named {@code fileName} goes in an archive: unique, still readable. */
  public static String mediaPath(long id, String fileName) {
    return CourseArchive.MEDIA_DIR + id + "-" + fileName;
  }

  /**
   * The name to give a file imported from {@code path}: {@code khanom.jpg} for {@code
   * media/12-khanom.jpg}.
   */
  public static String fileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.replaceFirst("^\\d+-(?=.)", "");
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
