package org.relearning.course.exchange;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;

/**
 * Writes a course archive as a zip: {@code manifest.json} first, then the media by path. Every
 * entry has the same timestamp, so exporting an unchanged course twice gives the same bytes.
 */
public class CourseArchiveWriter {

  /**
   * A fixed local time that fits a DOS timestamp alone. Not 1980-01-01 00:00: the JDK reads that as
   * "before 1980" and adds an extended timestamp that depends on the server's time zone.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final JsonGeneratorFactory JSON =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  public byte[] write(CourseArchive archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(archive, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the zip to {@code out}, which stays open. */
  public void write(CourseArchive archive, OutputStream out) throws IOException {
    List<MediaFile> media =
        archive.media().stream().sorted(Comparator.comparing(MediaFile::path)).toList();
    checkMediaPaths(media);
    List<QuizFile> quizzes = quizFiles(archive);
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    putEntry(zip, CourseArchive.MANIFEST, manifest(archive, media));
    for (MediaFile file : media) {
      putEntry(zip, file.path(), file.bytes());
    }
    for (QuizFile file : quizzes) {
      putEntry(zip, file.path(), file.bytes());
    }
    zip.finish();
  }

  private static void checkMediaPaths(List<MediaFile> media) {
    Set<String> seen = new HashSet<>();
    for (MediaFile file : media) {
      String path = file.path();
      if (!path.startsWith(CourseArchive.MEDIA_DIR)
          || path.length() == CourseArchive.MEDIA_DIR.length()
          || EntryNames.unsafe(path)) {
        throw new IllegalArgumentException("Not a media path: " + path);
      }
      if (!seen.add(path)) {
        throw new IllegalArgumentException("Media path twice: " + path);
      }
    }
  }

  /** The archive's quiz files by path; each under {@code quizzes/}, each path and ref once. */
  private static List<QuizFile> quizFiles(CourseArchive archive) {
    Set<String> paths = new HashSet<>();
    Set<String> refs = new HashSet<>();
    for (QuizFile file : archive.quizzes()) {
      String path = file.path();
      if (!path.startsWith(CourseArchive.QUIZ_DIR)
          || path.length() == CourseArchive.QUIZ_DIR.length()
          || EntryNames.unsafe(path)
          || !paths.add(path)) {
        throw new IllegalArgumentException("Not a quiz path, or twice: " + path);
      }
      if (!refs.add(file.ref())) {
        throw new IllegalArgumentException("Quiz ref twice: " + file.ref());
      }
    }
    return archive.quizzes().stream().sorted(Comparator.comparing(QuizFile::path)).toList();
  }

  private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static byte[] manifest(CourseArchive archive, List<MediaFile> media) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out, StandardCharsets.UTF_8)) {
      json.writeStartObject()
          .write("format", CourseArchive.FORMAT)
          .write("formatVersion", CourseArchive.FORMAT_VERSION);
      json.writeStartObject("course");
      writeText(json, "title", archive.title());
      writeText(json, "summary", archive.summary());
      writeText(json, "language", archive.language());
      writeDetails(json, archive.details());
      json.writeStartArray("sections");
      for (SectionData section : archive.sections()) {
        json.writeStartObject();
        writeText(json, "title", section.title());
        if (section.opensOn() != null) {
          json.write("opensOn", section.opensOn().toString());
        }
        json.writeStartArray("lessons");
        for (LessonData lesson : section.lessons()) {
          writeLesson(json, lesson);
        }
        json.writeEnd().writeEnd();
      }
      json.writeEnd().writeEnd();
      json.writeStartArray("media");
      for (MediaFile file : media) {
        json.writeStartObject().write("path", file.path()).write("size", file.size()).writeEnd();
      }
      json.writeEnd();
      writeQuizzes(json, archive);
      json.writeEnd();
    }
    return out.toByteArray();
  }

  /** Only when there are quizzes, so a course without any exports to the same bytes as before. */
  private static void writeQuizzes(JsonGenerator json, CourseArchive archive) {
    if (archive.quizzes().isEmpty()) {
      return;
    }
    json.writeStartArray("quizzes");
    for (QuizFile file : archive.quizzes()) {
      json.writeStartObject()
          .write("ref", file.ref())
          .write("path", file.path())
          .write("size", file.size())
          .writeEnd();
    }
    json.writeEnd();
  }

  private static void writeDetails(JsonGenerator json, CourseArchive.Details details) {
    json.write("category", details.category().name()).write("level", details.level().name());
    if (details.estimatedHours() != null) {
      json.write("estimatedHours", details.estimatedHours());
    }
    json.writeStartArray("tags");
    details.tags().forEach(json::write);
    json.writeEnd();
    json.write("lessonOrder", details.lessonOrder().name());
    if (details.certificateMonths() != null) {
      json.write("certificateMonths", details.certificateMonths());
    }
    if (details.signOffRequired()) {
      json.write("signOffRequired", true);
    }
  }

  private static void writeLesson(JsonGenerator json, LessonData lesson) {
    json.writeStartObject();
    writeText(json, "title", lesson.title());
    json.writeStartArray("blocks");
    for (BlockData block : lesson.blocks()) {
      json.writeStartObject().write("type", block.type());
      if (block.body() != null) {
        json.write("body", block.body());
      }
      if (block.quizRef() != null) {
        json.write("quizRef", block.quizRef());
      }
      if (block.mediaRef() != null) {
        json.write("mediaRef", block.mediaRef());
      }
      json.writeEnd();
    }
    json.writeEnd().writeEnd();
  }

  private static void writeText(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
