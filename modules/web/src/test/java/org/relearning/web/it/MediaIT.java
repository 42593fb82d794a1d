package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.block.FileBlock;
import org.relearning.course.block.ImageBlock;
import org.relearning.course.block.VideoBlock;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchiveReader;
import org.relearning.course.exchange.CourseArchiveWriter;
import org.relearning.course.exchange.ImportResult;
import org.relearning.course.media.MediaRefusedException;
import org.relearning.course.media.MediaService;
import org.relearning.course.media.MediaUpload;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Lesson media in the real server and database: uploaded through the service, fetched over HTTP as
 * a browser and a video player fetch it, and refused to callers who may not see or change it.
 */
@ExtendWith(ArquillianExtension.class)
class MediaIT {

  /** A video of two and a half database pieces, so ranges cross a piece boundary. */
  private static final byte[] VIDEO = video(640 * 1024 + 123);

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private MediaService media;

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  /** A course by a fresh instructor, with one lesson holding a video block; not yet published. */
  private record Fixture(Caller instructor, long courseId, long lessonId, long videoId) {}

  private Fixture fixture() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor =
        Caller.of(
            accounts.create(
                "mt-" + suffix,
                "pw-" + suffix,
                "ครูสื่อ",
                "Media Teacher",
                Role.INSTRUCTOR,
                library));
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, "ขนมครก วิดีโอ " + suffix, null);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson lesson = courses.addLesson(section.getId(), "ดูวิธีหยอดแป้ง");
          ContentBlock block = courses.addBlock(lesson.getId(), VideoBlock.ID);
          ContentBlock video =
              courses.updateBlock(block.getId(), "", upload("หยอดแป้ง.mp4", VIDEO));
          return new Fixture(instructor, course.getId(), lesson.getId(), video.getRefId());
        });
  }

  @Test
  void aVideoIsServedWholeAndInRangesWithInertHeaders() throws Exception {
    Fixture f = fixture();
    callers.as(f.instructor(), () -> courses.publish(f.courseId()));
    String path = "media/" + f.videoId() + "/clip.mp4";

    HttpResponse<byte[]> whole = get(path, null, null);
    assertEquals(200, whole.statusCode());
    assertArrayEquals(VIDEO, whole.body());
    assertEquals("bytes", header(whole, "Accept-Ranges"));
    // the server appends its default charset; browsers ignore it for video
    assertTrue(
        header(whole, "Content-Type").startsWith("video/mp4"), header(whole, "Content-Type"));
    assertEquals("nosniff", header(whole, "X-Content-Type-Options"));
    assertEquals("sandbox; default-src 'none'", header(whole, "Content-Security-Policy"));
    assertTrue(
        header(whole, "Content-Disposition").startsWith("inline;"),
        whole.headers().map().toString());
    assertTrue(
        header(whole, "Content-Disposition")
            .contains("filename*=UTF-8''%E0%B8%AB%E0%B8%A2%E0%B8%AD%E0%B8%94"),
        header(whole, "Content-Disposition"));

    int from = 256 * 1024 - 10;
    HttpResponse<byte[]> middle = get(path, "bytes=" + from + "-" + (from + 99), null);
    assertEquals(206, middle.statusCode());
    assertEquals(
        "bytes " + from + "-" + (from + 99) + "/" + VIDEO.length, header(middle, "Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(VIDEO, from, from + 100), middle.body());

    HttpResponse<byte[]> open = get(path, "bytes=" + (VIDEO.length - 5) + "-", null);
    assertEquals(206, open.statusCode());
    assertArrayEquals(Arrays.copyOfRange(VIDEO, VIDEO.length - 5, VIDEO.length), open.body());

    HttpResponse<byte[]> suffix = get(path, "bytes=-300000", null);
    assertEquals(206, suffix.statusCode());
    assertArrayEquals(
        Arrays.copyOfRange(VIDEO, VIDEO.length - 300000, VIDEO.length), suffix.body());

    HttpResponse<byte[]> beyond = get(path, "bytes=" + VIDEO.length + "-", null);
    assertEquals(416, beyond.statusCode());
    assertEquals("bytes */" + VIDEO.length, header(beyond, "Content-Range"));

    HttpResponse<byte[]> head =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, head.statusCode());
    assertEquals(String.valueOf(VIDEO.length), header(head, "Content-Length"));

    String etag = header(whole, "ETag");
    HttpRequest cached =
        HttpRequest.newBuilder(base.toURI().resolve(path)).header("If-None-Match", etag).build();
    assertEquals(304, http.send(cached, HttpResponse.BodyHandlers.ofByteArray()).statusCode());

    assertEquals(404, get("media/99999999/x.mp4", null, null).statusCode());
    assertEquals(404, get("media/not-a-number", null, null).statusCode());
  }

  @Test
  void aDraftsMediaIsHiddenFromEveryoneButItsAuthors() throws Exception {
    Fixture f = fixture();
    String path = "media/" + f.videoId() + "/clip.mp4";
    assertEquals(404, get(path, null, null).statusCode(), "anonymous");
    assertEquals(404, get(path, null, "learner:" + demoPassword()).statusCode(), "a learner");
    assertEquals(
        404, get(path, null, "instructor:" + demoPassword()).statusCode(), "another instructor");
    assertThrows(NotFoundException.class, () -> media.open(f.videoId()), "the service, anonymous");
    assertEquals(
        VIDEO.length,
        callers.as(f.instructor(), () -> media.open(f.videoId()).media().getByteSize()));
  }

  @Test
  void mediaShownInAPublishedVersionOutlivesItsBlockAndTheCatalog() throws Exception {
    Fixture f = fixture();
    String path = "media/" + f.videoId() + "/clip.mp4";
    callers.as(
        f.instructor(),
        () -> {
          courses.publish(f.courseId());
          long block =
              courses.getLessonForEditing(f.lessonId()).getBlocks().stream()
                  .filter(b -> VideoBlock.ID.equals(b.getBlockType()))
                  .findFirst()
                  .orElseThrow()
                  .getId();
          courses.removeBlock(block);
          courses.archive(f.courseId());
          return null;
        });
    assertTrue(media.find(f.videoId()).isPresent(), "version 1 still shows it: kept");
    HttpResponse<byte[]> still = get(path, null, "learner:" + demoPassword());
    assertEquals(200, still.statusCode(), "learners on version 1 still see it");
    assertArrayEquals(VIDEO, still.body());
  }

  @Test
  void aCoverPictureIsPublicOnceTheCourseIsAndAReplacedOneGoes() throws Exception {
    Fixture f = fixture();
    byte[] png = png();
    long first =
        callers.as(
            f.instructor(),
            () -> courses.setCover(f.courseId(), upload("ปก.png", png)).getCoverMediaId());
    assertEquals(404, get("media/" + first + "/cover.png", null, null).statusCode(), "a draft's");
    callers.as(f.instructor(), () -> courses.publish(f.courseId()));
    HttpResponse<byte[]> shown = get("media/" + first + "/cover.png", null, null);
    assertEquals(200, shown.statusCode(), "the catalog shows it to anyone");
    assertTrue(header(shown, "Content-Type").startsWith("image/png"));

    long second =
        callers.as(
            f.instructor(),
            () -> courses.setCover(f.courseId(), upload("ปกใหม่.png", png)).getCoverMediaId());
    assertTrue(media.find(first).isEmpty(), "the replaced cover is forgotten");
    assertEquals(200, get("media/" + second + "/cover.png", null, null).statusCode());
    callers.as(
        Caller.of(
            accounts.create(
                "cv-" + UUID.randomUUID().toString().substring(0, 8),
                "pw-cover",
                "ครูอื่น",
                "Other",
                Role.INSTRUCTOR,
                libraries.findByCode("UTT").orElseThrow().getId())),
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> courses.setCover(f.courseId(), upload("x.png", png))));
    callers.as(
        f.instructor(),
        () -> {
          assertEquals(
              "media.refused.markup",
              assertThrows(
                      MediaRefusedException.class,
                      () ->
                          courses.setCover(
                              f.courseId(),
                              upload(
                                  "cover.png",
                                  "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                  .messageKey());
          return null;
        });
  }

  @Test
  void anInstructorMayNotChangeAnotherInstructorsLesson() {
    Fixture f = fixture();
    Fixture other = fixture();
    long theirBlock =
        callers.as(
            other.instructor(),
            () -> courses.getLessonForEditing(other.lessonId()).getBlocks().get(0).getId());
    callers.as(
        f.instructor(),
        () -> {
          assertThrows(
              AccessDeniedException.class, () -> courses.addBlock(other.lessonId(), ImageBlock.ID));
          assertThrows(
              AccessDeniedException.class,
              () -> courses.updateBlock(theirBlock, "", upload("x.mp4", VIDEO)));
          assertThrows(AccessDeniedException.class, () -> courses.moveBlock(theirBlock, 0));
          assertThrows(AccessDeniedException.class, () -> courses.removeBlock(theirBlock));
          return null;
        });
    assertEquals(
        1,
        callers
            .as(other.instructor(), () -> courses.getLessonForEditing(other.lessonId()))
            .getBlocks()
            .size());
  }

  @Test
  void picturesNeedADescriptionAndHostileFilesAreRefused() throws Exception {
    Fixture f = fixture();
    byte[] png = png();
    callers.as(
        f.instructor(),
        () -> {
          long image = courses.addBlock(f.lessonId(), ImageBlock.ID).getId();
          assertEquals(
              "block.image.altRequired",
              assertThrows(
                      BusinessException.class,
                      () -> courses.updateBlock(image, " ", upload("khanom.png", png)))
                  .messageKey());
          byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
          assertEquals(
              "media.refused.markup",
              assertThrows(
                      MediaRefusedException.class,
                      () -> courses.updateBlock(image, "ขนมครก", upload("khanom.png", html)))
                  .messageKey());
          assertEquals(
              "media.refused.dangerousName",
              assertThrows(
                      MediaRefusedException.class,
                      () -> courses.updateBlock(image, "ขนมครก", upload("logo.svg", png)))
                  .messageKey());
          assertEquals(
              "media.refused.wrongKind",
              assertThrows(
                      MediaRefusedException.class,
                      () -> courses.updateBlock(image, "ขนมครก", upload("clip.mp4", VIDEO)))
                  .messageKey());
          ContentBlock saved = courses.updateBlock(image, "ขนมครกในเตา", upload("khanom.png", png));
          assertEquals("ขนมครกในเตา", saved.getBody());
          long firstPicture = saved.getRefId();
          long secondPicture =
              courses.updateBlock(image, "ขนมครกในเตา", upload("khanom-2.png", png)).getRefId();
          assertFalse(media.find(firstPicture).isPresent(), "a replaced picture is forgotten");
          courses.removeBlock(image);
          assertFalse(media.find(secondPicture).isPresent(), "a removed block's picture too");
          long again = courses.addBlock(f.lessonId(), ImageBlock.ID).getId();
          courses.updateBlock(again, "ขนมครกในเตา", upload("khanom.png", png));

          long video = courses.addBlock(f.lessonId(), VideoBlock.ID).getId();
          assertEquals(
              "block.video.hostNotAllowed",
              assertThrows(
                      BusinessException.class,
                      () -> courses.updateBlock(video, "https://evil.example/v/1", null))
                  .messageKey());
          ContentBlock embed = courses.updateBlock(video, "https://youtu.be/dQw4w9WgXcQ", null);
          assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", embed.getBody());
          assertNull(embed.getRefId());

          long file = courses.addBlock(f.lessonId(), FileBlock.ID).getId();
          courses.updateBlock(file, "ใบงาน", upload("ใบงาน.docx", docx()));
          courses.moveBlock(file, 0);
          List<String> order =
              courses.getLessonForEditing(f.lessonId()).getBlocks().stream()
                  .map(ContentBlock::getBlockType)
                  .toList();
          assertEquals(List.of("file", "video", "image", "video"), order);
          return null;
        });
    callers.as(f.instructor(), () -> courses.publish(f.courseId()));
    long docId =
        callers.as(
            f.instructor(),
            () -> courses.getLessonForEditing(f.lessonId()).getBlocks().get(0).getRefId());
    HttpResponse<byte[]> doc = get("media/" + docId + "/x", null, null);
    assertEquals(200, doc.statusCode());
    assertTrue(header(doc, "Content-Disposition").startsWith("attachment;"));
    assertTrue(header(doc, "Content-Disposition").contains("filename*=UTF-8''"));
    assertEquals("nosniff", header(doc, "X-Content-Type-Options"));
  }

  @Test
  void aCoursesMediaTravelsInItsArchive() {
    Fixture f = fixture();
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    callers.as(
        f.instructor(),
        () -> {
          byte[] zip = new CourseArchiveWriter().write(courses.exportArchive(f.courseId()));
          ImportResult read = new CourseArchiveReader().read(zip);
          assertFalse(read.refused(), String.valueOf(read.problems()));
          assertEquals(1, read.archive().media().size());
          CourseService.ImportedCourse imported = courses.importArchive(library, read.archive());
          assertTrue(imported.warnings().isEmpty(), String.valueOf(imported.warnings()));
          Course copy = courses.getForEditing(imported.course().getId());
          ContentBlock video = copy.lessons().get(0).getBlocks().get(0);
          assertEquals(VideoBlock.ID, video.getBlockType());
          assertFalse(video.getRefId().equals(f.videoId()), "the copy has its own media");
          ByteArrayOutputStream copied = new ByteArrayOutputStream();
          try {
            media.open(video.getRefId()).writeTo(0, VIDEO.length, copied);
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          assertArrayEquals(VIDEO, copied.toByteArray());
          return null;
        });
  }

  private HttpResponse<byte[]> get(String path, String range, String basic) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (range != null) {
      request.header("Range", range);
    }
    if (basic != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static MediaUpload upload(String name, byte[] bytes) {
    return new MediaUpload(name, new ByteArrayInputStream(bytes));
  }

  private static String demoPassword() {
    return System.getenv().getOrDefault("RELEARN_DEMO_PASSWORD", "it-Passw0rd");
  }

  /** An MP4 header followed by counting bytes, so any misplaced range shows. */
  private static byte[] video(int size) {
    byte[] bytes = new byte[size];
    byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    for (int i = 0; i < size; i++) {
      bytes[i] = i < head.length ? head[i] : (byte) (i * 31 + (i >> 8));
    }
    return bytes;
  }

  private static byte[] png() {
    byte[] bytes = new byte[2048];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  private static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }
}
