package org.relearning.course.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.LessonOrder;

/**
 * A course as it travels between libraries: its details, its outline, the media its text refers to
 * and the files of the quizzes its lessons place, with no database ids, owners or dates.
 */
public record CourseArchive(
    int formatVersion,
    String title,
    String summary,
    String language,
    List<SectionData> sections,
    List<MediaFile> media,
    Details details,
    List<QuizFile> quizzes) {

  /** The value of {@code "format"} in every manifest. */
  public static final String FORMAT = "relearn-course";

  /** The newest manifest version this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String MEDIA_DIR = "media/";
  public static final String QUIZ_DIR = "quizzes/";

  public CourseArchive {
    sections = List.copyOf(sections);
    media = List.copyOf(media);
    details = details == null ? Details.NONE : details;
    quizzes = quizzes == null ? List.of() : List.copyOf(quizzes);
  }

  /** An archive without quizzes, as archives were before they carried them. */
  public CourseArchive(
      int formatVersion,
      String title,
      String summary,
      String language,
      List<SectionData> sections,
      List<MediaFile> media,
      Details details) {
    this(formatVersion, title, summary, language, sections, media, details, List.of());
  }

  /** This archive under another title, e.g. for a copy of the course. */
  public CourseArchive withTitle(String newTitle) {
    return new CourseArchive(
        formatVersion, newTitle, summary, language, sections, media, details, quizzes);
  }

  /** This archive carrying these quiz files, in place of any it had. */
  public CourseArchive withQuizzes(List<QuizFile> files) {
    return new CourseArchive(
        formatVersion, title, summary, language, sections, media, details, files);
  }

  /** The quiz file the blocks with this {@code quizRef} place, if the archive carries it. */
  public Optional<QuizFile> quizFile(String quizRef) {
    return quizzes.stream().filter(q -> q.ref().equals(quizRef)).findFirst();
  }

  /** An archive without catalog details, as archives were before they carried them. */
  public CourseArchive(
      int formatVersion,
      String title,
      String summary,
      String language,
      List<SectionData> sections,
      List<MediaFile> media) {
    this(formatVersion, title, summary, language, sections, media, Details.NONE);
  }

  /**
   * How the catalog shows the course ({@code estimatedHours} may be unknown) and how it is taken:
   * lesson order, how long its certificates stay valid, whether completing needs a sign-off. Not
   * carried: the co-instructors and the cover, which belong to one library's people and store.
   */
  public record Details(
      CourseCategory category,
      CourseLevel level,
      BigDecimal estimatedHours,
      List<String> tags,
      LessonOrder lessonOrder,
      Integer certificateMonths,
      boolean signOffRequired) {

    /** What a course gets when the archive says nothing: the defaults of a new course. */
    public static final Details NONE =
        new Details(CourseCategory.OTHER, CourseLevel.BEGINNER, null, List.of());

    public Details {
      category = category == null ? CourseCategory.OTHER : category;
      level = level == null ? CourseLevel.BEGINNER : level;
      tags = tags == null ? List.of() : List.copyOf(tags);
      lessonOrder = lessonOrder == null ? LessonOrder.FREE : lessonOrder;
    }

    /** Catalog details only: lessons in any order, certificates for ever, no sign-off. */
    public Details(
        CourseCategory category, CourseLevel level, BigDecimal estimatedHours, List<String> tags) {
      this(category, level, estimatedHours, tags, LessonOrder.FREE, null, false);
    }
  }

  /** A chapter of the course with its lessons, in order, and the day it opens (or none). */
  public record SectionData(String title, List<LessonData> lessons, LocalDate opensOn) {
    public SectionData {
      lessons = List.copyOf(lessons);
    }

    /** A section open at once. */
    public SectionData(String title, List<LessonData> lessons) {
      this(title, lessons, null);
    }
  }

  /** A lesson with its blocks, in order. */
  public record LessonData(String title, List<BlockData> blocks) {
    public LessonData {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * One content block. {@code quizRef} names a quiz by a reference that outlives database ids
   * ({@code "quiz:42"} today); {@code body} is HTML for rich text, the description of a picture,
   * the label of a file or a video's embed link; {@code mediaRef} is the path of the block's file
   * in the archive ({@code "media/12-khanom.jpg"}).
   */
  public record BlockData(String type, String body, String quizRef, String mediaRef) {

    /** A block without media: rich text or a quiz. */
    public BlockData(String type, String body, String quizRef) {
      this(type, body, quizRef, null);
    }
  }
}
