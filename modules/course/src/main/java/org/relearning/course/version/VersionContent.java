package org.relearning.course.version;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.LessonOrder;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;

/**
 * The frozen form of a course's content, stored in {@code CRS_COURSE_VERSION.CONTENT}: the lesson
 * order, and each section (with its release day), lesson and block, with the working copy's ids.
 * The same working copy always gives the same text, so comparing texts tells whether anything
 * changed since the last publication.
 */
public final class VersionContent {

  static final int FORMAT = 1;

  private VersionContent() {}

  public static String of(Course course) {
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (Section section : course.getSections()) {
      JsonArrayBuilder lessons = Json.createArrayBuilder();
      for (Lesson lesson : section.getLessons()) {
        JsonArrayBuilder blocks = Json.createArrayBuilder();
        for (ContentBlock block : lesson.getBlocks()) {
          JsonObjectBuilder b = Json.createObjectBuilder().add("type", block.getBlockType());
          if (block.getBody() != null) {
            b.add("body", block.getBody());
          }
          if (block.getRefId() != null) {
            b.add("ref", block.getRefId());
          }
          blocks.add(b);
        }
        lessons.add(
            Json.createObjectBuilder()
                .add("id", lesson.getId())
                .add("title", lesson.getTitle())
                .add("blocks", blocks));
      }
      JsonObjectBuilder s =
          Json.createObjectBuilder().add("id", section.getId()).add("title", section.getTitle());
      if (section.getOpensOn() != null) {
        s.add("opensOn", section.getOpensOn().toString());
      }
      sections.add(s.add("lessons", lessons));
    }
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("order", course.getLessonOrder().name())
        .add("sections", sections)
        .build()
        .toString();
  }

  public static PublishedCourse read(long courseId, int number, String content) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(content))) {
      root = reader.readObject();
    }
    List<PublishedSection> sections = new ArrayList<>();
    for (JsonObject s : root.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      List<PublishedLesson> lessons = new ArrayList<>();
      for (JsonObject l : s.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
        List<PublishedBlock> blocks = new ArrayList<>();
        JsonArray blockArray = l.getJsonArray("blocks");
        for (JsonObject b : blockArray.getValuesAs(JsonObject.class)) {
          blocks.add(
              new PublishedBlock(
                  b.getString("type"),
                  b.getString("body", null),
                  isPresent(b, "ref") ? b.getJsonNumber("ref").longValue() : null));
        }
        lessons.add(
            new PublishedLesson(l.getJsonNumber("id").longValue(), l.getString("title"), blocks));
      }
      String opensOn = s.getString("opensOn", null);
      sections.add(
          new PublishedSection(
              s.getJsonNumber("id").longValue(),
              s.getString("title"),
              opensOn == null ? null : LocalDate.parse(opensOn),
              lessons));
    }
    return new PublishedCourse(
        courseId, number, LessonOrder.valueOf(root.getString("order")), sections);
  }

  private static boolean isPresent(JsonObject o, String key) {
    return o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL;
  }
}
