package org.relearning.course.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.relearning.course.Course;
import org.relearning.course.CoursePolicy;
import org.relearning.course.block.BlockType;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.version.CourseVersion;
import org.relearning.course.version.PublishedCourses;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.platform.db.Database;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.NotFoundException;

/**
 * Uploading and reading course media. Uploads are checked by content ({@link MediaSniffer}) and
 * size ({@link MediaLimits}) and only accepted from the course's authors; reading follows the
 * course: anyone who may see a published course sees its media, a draft's media only its authors.
 */
@Stateless
public class MediaService {

  /** A shared folder for media instead of the database; see the ADR on media storage. */
  public static final String DIR_ENV = "RELEARN_MEDIA_DIR";

  private static final Logger LOG = Logger.getLogger(MediaService.class.getName());

  @PersistenceContext(unitName = "course")
  private EntityManager em;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Callers callers;
  @Inject private Clock clock;
  @Inject private BlockTypes blockTypes;
  @Inject private PublishedCourses publishedCourses;

  private MediaStore database;
  private MediaStore folder;

  @PostConstruct
  void stores() {
    database = new DatabaseMediaStore(dataSource);
    String dir = System.getenv(DIR_ENV);
    folder = dir == null || dir.isBlank() ? null : new DirectoryMediaStore(Path.of(dir));
  }

  /**
   * Keeps a file an author uploads for {@code course}, if its content is one of {@code accepted}
   * kinds and within that kind's size limit. The name is only kept for showing and downloading.
   */
  public Media store(Course course, Set<MediaKind> accepted, String fileName, InputStream in) {
    Caller caller = callers.current();
    if (!CoursePolicy.mayEdit(caller, course)) {
      throw new AccessDeniedException("course.edit");
    }
    String name = FileNames.clean(fileName);
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, MediaSniffer.HEAD_BYTES);
      buffered.mark(MediaSniffer.HEAD_BYTES);
      byte[] head = buffered.readNBytes(MediaSniffer.HEAD_BYTES);
      buffered.reset();
      MediaSniffer.Sniffed type = MediaSniffer.sniff(name, head);
      if (!accepted.contains(type.kind())) {
        throw new MediaRefusedException("media.refused.wrongKind", name);
      }
      MediaStore store = folder != null ? folder : database;
      MediaStore.Written written = store.write(buffered, MediaLimits.maxBytes(type.kind()), name);
      Media media = new Media(course.getId(), name, type, written, store.name(), clock.instant());
      em.persist(media);
      em.flush();
      LOG.info(
          () ->
              "Media "
                  + media.getId()
                  + " ("
                  + type.contentType()
                  + ", "
                  + written.size()
                  + " bytes) stored for course "
                  + course.getId()
                  + " by "
                  + caller.username());
      return media;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Forgets media that no block shows any more (a removed block, a replaced picture), with its
   * bytes when they are in the database, in the caller's transaction. Files in the shared folder
   * stay: they are shared by content with other rows, and a rolled-back removal must find them.
   */
  public void forgetIfUnused(long mediaId) {
    Media unused = em.find(Media.class, mediaId);
    if (unused == null) {
      return;
    }
    List<String> mediaTypes =
        blockTypes.all().stream()
            .filter(t -> !t.acceptedMedia().isEmpty())
            .map(BlockType::id)
            .toList();
    long shownBy =
        em.createNamedQuery("Media.blocksShowing", Long.class)
            .setParameter("ref", mediaId)
            .setParameter("types", mediaTypes)
            .getSingleResult();
    if (shownBy > 0 || isCoverOf(unused) || inAPublishedVersion(unused)) {
      return;
    }
    em.remove(unused);
    if (DatabaseMediaStore.NAME.equals(unused.getStore())) {
      try {
        database.delete(unused.getStoreKey());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    LOG.info(() -> "Media " + mediaId + " of course " + unused.getCourseId() + " no longer used");
  }

  /** Media the caller may read, ready to be copied to a response; unknown or hidden is 404. */
  public MediaContent open(long mediaId) {
    Media media = readable(mediaId).orElseThrow(() -> new NotFoundException("media", mediaId));
    return new MediaContent(media, storeOf(media));
  }

  /** What a page needs to link to media it shows (name, type, size), if the caller may see it. */
  public Optional<Media> describe(long mediaId) {
    return readable(mediaId);
  }

  /**
   * Media of a course, for the course's own export; the caller's right to export was checked by the
   * course service. Whole in memory, which the archive's entry limit bounds.
   */
  public byte[] bytesOf(Media media) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) media.getByteSize());
    try {
      storeOf(media).copy(media.getStoreKey(), 0, media.getByteSize(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Media whatever its course's state, for the course service's own rules; not for showing. */
  public Optional<Media> find(long mediaId) {
    return Optional.ofNullable(em.find(Media.class, mediaId));
  }

  /**
   * Media an author may see (their course's), or that learners were shown: in a published version,
   * or the cover of a course open to them. Learners of a course archived since keep seeing its
   * pictures; files uploaded for changes not yet published stay with the authors.
   */
  private Optional<Media> readable(long mediaId) {
    Media media = em.find(Media.class, mediaId);
    if (media == null) {
      return Optional.empty();
    }
    Course course = em.find(Course.class, media.getCourseId());
    if (course == null) {
      return Optional.empty();
    }
    Caller caller = callers.find().orElse(null);
    boolean shown =
        (caller != null && CoursePolicy.mayEdit(caller, course))
            || (isCoverOf(media) && CoursePolicy.mayView(caller, course))
            || inAPublishedVersion(media);
    return shown ? Optional.of(media) : Optional.empty();
  }

  private boolean isCoverOf(Media media) {
    Course course = em.find(Course.class, media.getCourseId());
    return course != null && Long.valueOf(media.getId()).equals(course.getCoverMediaId());
  }

  /** Whether any published version of the media's course shows it (versions never change). */
  private boolean inAPublishedVersion(Media media) {
    Set<String> mediaTypes =
        blockTypes.all().stream()
            .filter(t -> !t.acceptedMedia().isEmpty())
            .map(BlockType::id)
            .collect(java.util.stream.Collectors.toSet());
    return em.createNamedQuery("CourseVersion.idsOf", Long.class)
        .setParameter("course", media.getCourseId())
        .getResultStream()
        .map(id -> publishedCourses.get(id, vid -> em.find(CourseVersion.class, vid)))
        .flatMap(v -> v.lessons().stream())
        .flatMap(l -> l.getBlocks().stream())
        .anyMatch(b -> mediaTypes.contains(b.getBlockType()) && media.getId().equals(b.getRefId()));
  }

  private MediaStore storeOf(Media media) {
    if (DirectoryMediaStore.NAME.equals(media.getStore())) {
      if (folder == null) {
        throw new IllegalStateException(
            "Media " + media.getId() + " is in the shared folder, but " + DIR_ENV + " is not set");
      }
      return folder;
    }
    return database;
  }
}
