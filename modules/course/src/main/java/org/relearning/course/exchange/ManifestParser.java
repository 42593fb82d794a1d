package org.relearning.course.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseTags;
import org.relearning.course.EstimatedHours;
import org.relearning.course.LessonOrder;
import org.relearning.course.block.FileBlock;
import org.relearning.course.block.ImageBlock;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.block.RichTextBlock;
import org.relearning.course.block.VideoBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchive.BlockData;
import org.relearning.course.exchange.CourseArchive.LessonData;
import org.relearning.course.exchange.CourseArchive.SectionData;
import org.relearning.course.media.FileNames;
import org.relearning.course.media.MediaRefusedException;
import org.relearning.course.media.MediaSniffer;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.html.HtmlSanitizer;

/** Turns one archive's manifest, and the media found next to it, into a {@link CourseArchive}. */
final class ManifestParser {

  private static final String MANIFEST = CourseArchive.MANIFEST;
  private static final Set<String> BLOCK_TYPES =
      Set.of(RichTextBlock.ID, QuizBlock.ID, ImageBlock.ID, VideoBlock.ID, FileBlock.ID);
  private static final Set<String> MEDIA_BLOCK_TYPES =
      Set.of(ImageBlock.ID, VideoBlock.ID, FileBlock.ID);
  private static final int LANGUAGE_MAX = 5;

  /** A media path in an attribute of rich text, e.g. {@code src="media/khanom.png"}. */
  private static final Pattern MEDIA_REF =
      Pattern.compile("(?:src|href)\\s*=\\s*[\"'](?:\\./)?(media/[^\"'#?]+)[\"']");

  private final Map<String, byte[]> files;
  private final List<Problem> problems = new ArrayList<>();
  private boolean refused;

  ManifestParser(Map<String, byte[]> files) {
    this.files = new LinkedHashMap<>(files);
  }

  /**
   * Drops, with a problem naming the file, media that would not be accepted as an upload: HTML
   * renamed to {@code .png}, scripts, unknown types. Import stores the rest through the same checks
   * again; this makes the report name the file before anything is stored.
   */
  private void dropHostileMedia() {
    for (var it = files.entrySet().iterator(); it.hasNext(); ) {
      var entry = it.next();
      if (!entry.getKey().startsWith(CourseArchive.MEDIA_DIR)) {
        continue;
      }
      byte[] bytes = entry.getValue();
      byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, MediaSniffer.HEAD_BYTES));
      try {
        MediaSniffer.sniff(FileNames.clean(CourseArchives.fileName(entry.getKey())), head);
      } catch (MediaRefusedException e) {
        problems.add(new Problem(entry.getKey(), "import.course.hostileMedia", e.messageKey()));
        it.remove();
      }
    }
  }

  ImportResult parse(byte[] manifest) {
    dropHostileMedia();
    JsonObject root;
    try {
      root = readJson(manifest);
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? MANIFEST
              : MANIFEST + " line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      return ImportResult.refused(new Problem(where, "import.course.badJson", e.getMessage()));
    } catch (JsonException e) {
      return ImportResult.refused(new Problem(MANIFEST, "import.course.badJson", e.getMessage()));
    }
    JsonValue format = root.get("format");
    if (!(format instanceof JsonString s && s.getString().equals(CourseArchive.FORMAT))) {
      return ImportResult.refused(
          new Problem(
              MANIFEST + " › format",
              "import.course.unknownFormat",
              "expected \"" + CourseArchive.FORMAT + "\", found " + format));
    }
    JsonValue version = root.get("formatVersion");
    if (!supported(version)) {
      return ImportResult.refused(
          new Problem(
              MANIFEST + " › formatVersion",
              "import.course.unknownVersion",
              "this version reads up to " + CourseArchive.FORMAT_VERSION + ", found " + version));
    }
    CourseArchive archive = course(root).withQuizzes(quizzes(root));
    return new ImportResult(refused ? null : archive, problems);
  }

  /** Compared as decimals, so that {@code 1e999999999} is refused, not expanded. */
  private static boolean supported(JsonValue version) {
    if (!(version instanceof JsonNumber n)) {
      return false;
    }
    BigDecimal v = n.bigDecimalValue();
    return v.compareTo(BigDecimal.ONE) >= 0
        && v.compareTo(BigDecimal.valueOf(CourseArchive.FORMAT_VERSION)) <= 0
        && v.stripTrailingZeros().scale() <= 0;
  }

  /** Reads strict UTF-8: a wrong encoding is a bad manifest, not silently mangled Thai. */
  private static JsonObject readJson(byte[] manifest) {
    InputStreamReader text =
        new InputStreamReader(
            new ByteArrayInputStream(manifest),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (JsonReader reader = Json.createReader(text)) {
      return reader.readObject();
    }
  }

  private CourseArchive course(JsonObject root) {
    JsonObject course = object(root, "course", "course");
    String title = text(course, "title", "course", Course.TITLE_MAX, true);
    String summary = text(course, "summary", "course", Course.SUMMARY_MAX, false);
    String language = text(course, "language", "course", LANGUAGE_MAX, false);
    CourseArchive.Details details = details(course);
    List<SectionData> sections = new ArrayList<>();
    List<JsonObject> sectionJson = objects(course, "sections", "course");
    for (int s = 0; s < sectionJson.size(); s++) {
      String where = "section " + (s + 1);
      JsonObject section = sectionJson.get(s);
      List<LessonData> lessons = new ArrayList<>();
      List<JsonObject> lessonJson = objects(section, "lessons", where);
      for (int l = 0; l < lessonJson.size(); l++) {
        lessons.add(lesson(lessonJson.get(l), where + " › lesson " + (l + 1)));
      }
      sections.add(
          new SectionData(
              text(section, "title", where, Section.TITLE_MAX, true),
              lessons,
              day(section, "opensOn", where)));
    }
    List<MediaFile> media = media(root);
    return new CourseArchive(
        CourseArchive.FORMAT_VERSION,
        title,
        summary,
        language == null ? "th" : language,
        sections,
        media,
        details);
  }

  /**
   * The catalog details, all optional (older archives have none). One that does not fit is left at
   * its default and reported, never a reason to refuse the course.
   */
  private CourseArchive.Details details(JsonObject course) {
    CourseCategory category = named(course, "category", CourseCategory.class);
    CourseLevel level = named(course, "level", CourseLevel.class);
    BigDecimal hours = null;
    JsonValue hoursJson = course.get("estimatedHours");
    if (hoursJson instanceof JsonNumber n && n.bigDecimalValue().precision() <= 10) {
      try {
        hours = EstimatedHours.checked(n.bigDecimalValue());
      } catch (BusinessException e) {
        problems.add(new Problem("course › estimatedHours", e.messageKey(), abbreviated(n)));
      }
    } else if (hoursJson != null && hoursJson != JsonValue.NULL) {
      problems.add(
          new Problem(
              "course › estimatedHours", "import.course.detailIgnored", abbreviated(hoursJson)));
    }
    List<String> tags = new ArrayList<>();
    if (course.get("tags") instanceof JsonArray array) {
      // a hostile manifest may list a million tags: look at a few more than may be kept
      for (JsonValue v : array.subList(0, Math.min(array.size(), 2 * CourseTags.MAX_TAGS))) {
        if (!(v instanceof JsonString tag)) {
          problems.add(new Problem("course › tags", "import.course.detailIgnored", abbreviated(v)));
          continue;
        }
        try {
          tags = new ArrayList<>(CourseTags.normalise(concat(tags, tag.getString())));
        } catch (BusinessException e) {
          problems.add(new Problem("course › tags", e.messageKey(), abbreviated(v)));
        }
      }
    }
    LessonOrder order = named(course, "lessonOrder", LessonOrder.class);
    Integer months = null;
    JsonValue monthsJson = course.get("certificateMonths");
    if (monthsJson instanceof JsonNumber n
        && n.isIntegral()
        && n.longValue() >= 1
        && n.longValue() <= Course.CERTIFICATE_MONTHS_MAX) {
      months = n.intValue();
    } else if (monthsJson != null && monthsJson != JsonValue.NULL) {
      problems.add(
          new Problem(
              "course › certificateMonths",
              "import.course.detailIgnored",
              abbreviated(monthsJson)));
    }
    boolean signOff = course.getBoolean("signOffRequired", false);
    return new CourseArchive.Details(category, level, hours, tags, order, months, signOff);
  }

  /** An optional ISO day ({@code 2026-12-01}); anything else is reported and left out. */
  private LocalDate day(JsonObject parent, String name, String where) {
    JsonValue value = parent.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      try {
        return LocalDate.parse(s.getString());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(
        new Problem(where + " › " + name, "import.course.detailIgnored", abbreviated(value)));
    return null;
  }

  /** An enum constant by name; an unknown name (from a newer version, say) is reported. */
  private <E extends Enum<E>> E named(JsonObject parent, String name, Class<E> type) {
    JsonValue value = parent.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(s.getString())) {
          return constant;
        }
      }
    }
    problems.add(
        new Problem("course › " + name, "import.course.detailIgnored", abbreviated(value)));
    return null;
  }

  private static List<String> concat(List<String> tags, String tag) {
    List<String> all = new ArrayList<>(tags);
    all.add(tag);
    return all;
  }

  private static String abbreviated(JsonValue value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  private LessonData lesson(JsonObject lesson, String where) {
    String title = text(lesson, "title", where, Lesson.TITLE_MAX, true);
    List<BlockData> blocks = new ArrayList<>();
    List<JsonObject> blockJson = objects(lesson, "blocks", where);
    for (int b = 0; b < blockJson.size(); b++) {
      String blockWhere = where + " › block " + (b + 1);
      JsonObject block = blockJson.get(b);
      String type = text(block, "type", blockWhere, Integer.MAX_VALUE, true);
      if (type == null) {
        continue;
      }
      if (!BLOCK_TYPES.contains(type)) {
        problems.add(new Problem(blockWhere, "import.course.unknownBlockType", type));
        continue;
      }
      String body = text(block, "body", blockWhere, Integer.MAX_VALUE, false);
      String quizRef = text(block, "quizRef", blockWhere, Integer.MAX_VALUE, false);
      if (MEDIA_BLOCK_TYPES.contains(type)) {
        mediaBlock(
                type,
                body,
                text(block, "mediaRef", blockWhere, Integer.MAX_VALUE, false),
                blockWhere)
            .ifPresent(blocks::add);
      } else if (type.equals(RichTextBlock.ID)) {
        body = HtmlSanitizer.clean(body);
        checkMediaRefs(body, blockWhere);
        blocks.add(new BlockData(type, body, null));
      } else if (quizRef == null || quizRef.isBlank()) {
        problems.add(new Problem(blockWhere, "import.course.invalidField", "quizRef missing"));
      } else {
        blocks.add(new BlockData(type, null, quizRef));
      }
    }
    return new LessonData(title, blocks);
  }

  /**
   * A picture, video or file block. Its file must be in the archive (and not dropped as hostile);
   * only a video with an embed link can do without. The body is checked by the block type on
   * import, as an author's text is.
   */
  private Optional<BlockData> mediaBlock(String type, String body, String mediaRef, String where) {
    if (mediaRef != null && files.containsKey(mediaRef)) {
      return Optional.of(new BlockData(type, body, null, mediaRef));
    }
    if (mediaRef != null) {
      problems.add(new Problem(where, "import.course.missingMedia", mediaRef));
    }
    if (type.equals(VideoBlock.ID) && body != null && !body.isBlank()) {
      return Optional.of(new BlockData(type, body, null, null));
    }
    if (mediaRef == null) {
      problems.add(new Problem(where, "import.course.missingMedia", "mediaRef missing"));
    }
    return Optional.empty();
  }

  private void checkMediaRefs(String body, String where) {
    Matcher ref = MEDIA_REF.matcher(body);
    while (ref.find()) {
      String path = decoded(ref.group(1));
      if (!files.containsKey(path)) {
        problems.add(new Problem(where, "import.course.missingMedia", path));
      }
    }
  }

  /** The sanitiser percent-encodes URLs ({@code a%20b.png}); entry names are not encoded. */
  private static String decoded(String path) {
    try {
      return new URI(path).getPath();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  /** The archive's media files; those the manifest lists but the zip lacks are reported. */
  private List<MediaFile> media(JsonObject root) {
    List<JsonObject> listed =
        root.containsKey("media") ? objects(root, "media", "media") : List.of();
    for (int i = 0; i < listed.size(); i++) {
      String path = text(listed.get(i), "path", "media " + (i + 1), Integer.MAX_VALUE, true);
      if (path != null && !files.containsKey(path)) {
        problems.add(new Problem("media " + (i + 1), "import.course.missingMedia", path));
      }
    }
    List<MediaFile> media = new ArrayList<>();
    files.forEach(
        (path, bytes) -> {
          if (path.startsWith(CourseArchive.MEDIA_DIR)) {
            media.add(new MediaFile(path, bytes));
          }
        });
    media.sort((a, b) -> a.path().compareTo(b.path()));
    return media;
  }

  /**
   * The quiz files the manifest lists (optional: archives before quizzes have none). One the zip
   * lacks is reported and left out, so the blocks placing it are reported as not copied.
   */
  private List<QuizFile> quizzes(JsonObject root) {
    if (!root.containsKey("quizzes")) {
      return List.of();
    }
    List<JsonObject> listed = objects(root, "quizzes", "quizzes");
    List<QuizFile> quizzes = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      String where = "quizzes " + (i + 1);
      String ref = text(listed.get(i), "ref", where, Integer.MAX_VALUE, true);
      String path = text(listed.get(i), "path", where, Integer.MAX_VALUE, true);
      if (ref == null || path == null) {
        continue;
      }
      if (!refs.add(ref)) {
        refuse(where, "ref " + ref + " listed twice");
      } else if (!path.startsWith(CourseArchive.QUIZ_DIR) || !files.containsKey(path)) {
        problems.add(new Problem(where, "import.course.missingQuiz", path));
      } else {
        quizzes.add(new QuizFile(ref, path, files.get(path)));
      }
    }
    return quizzes;
  }

  private JsonObject object(JsonObject parent, String name, String where) {
    if (parent.get(name) instanceof JsonObject o) {
      return o;
    }
    refuse(where, name + " must be an object");
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private List<JsonObject> objects(JsonObject parent, String name, String where) {
    if (!(parent.get(name) instanceof JsonArray array)) {
      refuse(where, name + " must be an array");
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonValue value : array) {
      if (value instanceof JsonObject o) {
        objects.add(o);
      } else {
        refuse(where, name + " must hold objects");
        objects.add(JsonValue.EMPTY_JSON_OBJECT);
      }
    }
    return objects;
  }

  private String text(JsonObject parent, String name, String where, int max, boolean required) {
    JsonValue value = parent.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        refuse(where, name + " missing");
      }
      return null;
    }
    if (!(value instanceof JsonString s)) {
      refuse(where, name + " must be a string");
      return null;
    }
    String text = s.getString();
    if (required && text.isBlank()) {
      refuse(where, name + " is empty");
    } else if (text.length() > max) {
      refuse(where, name + " longer than " + max + " characters");
    }
    return text;
  }

  private void refuse(String where, String detail) {
    refused = true;
    problems.add(new Problem(where, "import.course.invalidField", detail));
  }
}
