package org.relearning.course.exchange;

import java.util.List;

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
    List<MediaFile> media) {

  /** The value of {@code "format"} in every manifest. */
  public static final String FORMAT = "relearn-course";

  /** The newest manifest version this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String MEDIA_DIR = "media/";

  public CourseArchive {
    sections = List.copyOf(sections);
    media = List.copyOf(media);
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
