package org.relearning.course.exchange;

import java.math.BigDecimal;
import java.util.List;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;

/**
 * A course as it travels between libraries: its details, its outline and the media its text refers
 * to, with no database ids, owners or dates.
 */
public record CourseArchive(
    int formatVersion,
    String title,
    String summary,
    String language,
    List<SectionData> sections,
    List<MediaFile> media,
    Details details) {

  /** The value of {@code "format"} in every manifest. */
  public static final String FORMAT = "relearn-course";

  /** The newest manifest version this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String MEDIA_DIR = "media/";

  public CourseArchive {
    sections = List.copyOf(sections);
    media = List.copyOf(media);
    details = details == null ? Details.NONE : details;
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
   * How the catalog shows the course; {@code estimatedHours} may be unknown. Not carried: the
   * co-instructors and the cover, which belong to one library's people and store.
   */
  public record Details(
      CourseCategory category, CourseLevel level, BigDecimal estimatedHours, List<String> tags) {

    /** What a course gets when the archive says nothing: the defaults of a new course. */
    public static final Details NONE =
        new Details(CourseCategory.OTHER, CourseLevel.BEGINNER, null, List.of());

    public Details {
      category = category == null ? CourseCategory.OTHER : category;
      level = level == null ? CourseLevel.BEGINNER : level;
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }

  /** A chapter of the course with its lessons, in order. */
  public record SectionData(String title, List<LessonData> lessons) {
    public SectionData {
      lessons = List.copyOf(lessons);
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
