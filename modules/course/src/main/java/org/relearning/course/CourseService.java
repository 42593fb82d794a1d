package org.relearning.course;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.relearning.course.block.BlockType;
import org.relearning.course.block.BlockTypes;
import org.relearning.course.block.PreparedBlock;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.block.RichTextBlock;
import org.relearning.course.content.ContentBlock;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.course.exchange.CourseArchive;
import org.relearning.course.exchange.CourseArchiveReader;
import org.relearning.course.exchange.CourseArchives;
import org.relearning.course.exchange.MediaFile;
import org.relearning.course.exchange.Problem;
import org.relearning.course.media.FileNames;
import org.relearning.course.media.MediaKind;
import org.relearning.course.media.MediaLimits;
import org.relearning.course.media.MediaRefusedException;
import org.relearning.course.media.MediaService;
import org.relearning.course.media.MediaSniffer;
import org.relearning.course.media.MediaUpload;
import org.relearning.course.version.CourseVersion;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedCourses;
import org.relearning.course.version.VersionContent;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Course authoring and the catalog. Every change checks, here and not in the page, that the caller
 * may author the course ({@link CoursePolicy}).
 */
@Stateless
public class CourseService {

  private static final Logger LOG = Logger.getLogger(CourseService.class.getName());

  @PersistenceContext(unitName = "course")
  private EntityManager em;

  @Inject private Callers callers;
  @Inject private BlockTypes blockTypes;
  @Inject private Clock clock;
  @EJB private AuditLog audit;
  @Inject private PublishedCourses publishedCourses;
  @EJB private MediaService media;

  /** Stands for a file that is about to be stored, when a block's text is checked first. */
  private static final Long UPLOAD_PENDING = -1L;

  public Course create(Long libraryId, String title, String summary) {
    Caller caller = callers.require(Role.INSTRUCTOR, "course.create");
    if (!CoursePolicy.mayCreateIn(caller, libraryId)) {
      throw new AccessDeniedException("course.create");
    }
    Course course =
        new Course(libraryId, caller.accountId(), title.trim(), summary, clock.instant());
    em.persist(course);
    em.flush();
    record(course, "course.created", course.getTitle());
    LOG.info(() -> "Course created by " + caller.username() + " in library " + libraryId);
    return course;
  }

  /** A course the caller may see: published, or their own draft. */
  public Course get(long courseId) {
    Course course = find(courseId);
    if (!CoursePolicy.mayView(callers.find().orElse(null), course)) {
      throw new NotFoundException("course", courseId);
    }
    return course;
  }

  /** A course the caller may author, with its outline. */
  public Course getForEditing(long courseId) {
    Course course = find(courseId);
    requireEditor(course);
    return course;
  }

  public List<Course> catalog() {
    return em.createNamedQuery("Course.published", Course.class)
        .setParameter("status", CourseStatus.PUBLISHED)
        .getResultList();
  }

  /**
   * Published courses whose title, summary or one of whose tags contains {@code text}. A plain
   * substring match, which is what Thai needs: Thai writes no spaces between words, so word-based
   * search would miss.
   */
  public List<Course> search(String text) {
    return catalog(CatalogFilter.text(text));
  }

  /** Published courses that pass every part of the filter that is set, newest first. */
  public List<Course> catalog(CatalogFilter filter) {
    return filter.query(em).getResultList();
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The courses the caller authors: those they own or co-teach, and all of the libraries they
   * administer.
   */
  public List<Course> authoredByCaller() {
    Caller caller = callers.require(Role.INSTRUCTOR, "course.list");
    if (caller.isSystemAdmin()) {
      return em.createNamedQuery("Course.all", Course.class).getResultList();
    }
    List<Course> taught =
        em.createNamedQuery("Course.ofInstructor", Course.class)
            .setParameter("account", caller.accountId())
            .getResultList();
    if (!caller.has(Role.LIBRARY_ADMIN)) {
      return taught;
    }
    Map<Long, Course> both = new LinkedHashMap<>();
    em.createNamedQuery("Course.ofLibrary", Course.class)
        .setParameter("library", caller.libraryId())
        .getResultList()
        .forEach(c -> both.put(c.getId(), c));
    taught.forEach(c -> both.putIfAbsent(c.getId(), c));
    return both.values().stream()
        .sorted(Comparator.comparing(Course::getCreatedAt).reversed())
        .toList();
  }

  /**
   * One page of the courses of a library whose title contains {@code text} (blank: all), by title,
   * for its administrators; library {@code null} for every library, which only the system
   * administrator may ask for.
   */
  public List<Course> ofLibrary(Long libraryId, String text, int first, int max) {
    requireAdministratorOf(libraryId);
    TypedQuery<Course> query =
        libraryId == null
            ? em.createNamedQuery("Course.list", Course.class)
            : em.createNamedQuery("Course.listOfLibrary", Course.class)
                .setParameter("library", libraryId);
    return query
        .setParameter("q", titleLike(text))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many courses {@link #ofLibrary} pages through. */
  public long countOfLibrary(Long libraryId, String text) {
    requireAdministratorOf(libraryId);
    TypedQuery<Long> query =
        libraryId == null
            ? em.createNamedQuery("Course.count", Long.class)
            : em.createNamedQuery("Course.countOfLibrary", Long.class)
                .setParameter("library", libraryId);
    return query.setParameter("q", titleLike(text)).getSingleResult();
  }

  private static String titleLike(String text) {
    return text == null || text.isBlank()
        ? "%"
        : "%" + likeEscaped(text.trim().toLowerCase(Locale.ROOT)) + "%";
  }

  private void requireAdministratorOf(Long libraryId) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "course.list");
    if (libraryId == null ? !caller.isSystemAdmin() : !caller.administers(libraryId)) {
      LOG.warning(
          () -> caller.username() + " asked for the courses of library " + libraryId + ": refused");
      throw new AccessDeniedException("course.list");
    }
  }

  /** Changes every detail at once; a refused one (hours, tags, language) changes nothing. */
  public Course updateDetails(long courseId, CourseDetails details) {
    Course course = getForEditing(courseId);
    if (details.title() == null || details.title().isBlank()) {
      throw new BusinessException("validation.required");
    }
    if (!Course.LANGUAGES.contains(details.language())) {
      throw new BusinessException(
          "course.language.unsupported", String.valueOf(details.language()));
    }
    course.setTitle(details.title().trim());
    course.setSummary(details.summary());
    course.setCategory(details.category());
    course.setLevel(details.level());
    course.setEstimatedHours(details.estimatedHours());
    course.setLanguage(details.language());
    course.setTags(details.tags());
    record(course, "course.detailsChanged", course.getTitle());
    return course;
  }

  public Section addSection(long courseId, String title) {
    Course course = getForEditing(courseId);
    Section section = course.addSection(title.trim());
    em.flush();
    record(course, "course.sectionAdded", section.getTitle());
    return section;
  }

  public Lesson addLesson(long sectionId, String title) {
    Section section = em.find(Section.class, sectionId);
    if (section == null) {
      throw new NotFoundException("section", sectionId);
    }
    requireEditor(section.getCourse());
    Lesson lesson = section.addLesson(title.trim());
    em.flush();
    record(section.getCourse(), "course.lessonAdded", lesson.getTitle());
    return lesson;
  }

  public Lesson getLessonForEditing(long lessonId) {
    Lesson lesson = findLesson(lessonId);
    requireEditor(lesson.getSection().getCourse());
    return lesson;
  }

  /** A lesson the caller may read (its course is published, or theirs to author). */
  public Lesson getLesson(long lessonId) {
    Lesson lesson = findLesson(lessonId);
    get(lesson.getSection().getCourse().getId());
    return lesson;
  }

  /** Replaces the lesson's text (its first rich-text block), cleaned by the block type. */
  public Lesson saveLessonText(long lessonId, String html) {
    Lesson lesson = getLessonForEditing(lessonId);
    String clean = blockTypes.get(RichTextBlock.ID).prepareBody(html);
    Optional<ContentBlock> text =
        lesson.getBlocks().stream()
            .filter(b -> RichTextBlock.ID.equals(b.getBlockType()))
            .findFirst();
    if (text.isPresent()) {
      text.get().setBody(clean);
    } else {
      lesson.addBlock(RichTextBlock.ID, clean, null);
    }
    record(lesson.getSection().getCourse(), "course.lessonChanged", lesson.getTitle());
    return lesson;
  }

  /**
   * Adds an empty block of {@code typeId} at the end of the lesson; the author fills it in the
   * editor. Quizzes are placed with {@link #placeQuiz}, since the quiz module creates them.
   */
  public ContentBlock addBlock(long lessonId, String typeId) {
    Lesson lesson = getLessonForEditing(lessonId);
    BlockType type =
        blockTypes
            .find(typeId)
            .filter(t -> !QuizBlock.ID.equals(t.id()))
            .orElseThrow(() -> new BusinessException("block.unknownType", String.valueOf(typeId)));
    ContentBlock block = lesson.addBlock(type.id(), null, null);
    em.flush();
    record(lesson.getSection().getCourse(), "course.blockAdded", lesson.getTitle());
    return block;
  }

  /**
   * Saves what an author gave for a block: its text, and a file if they uploaded one. The block
   * type checks the text first, so an upload with a missing alternative text is not even read.
   */
  public ContentBlock updateBlock(long blockId, String authored, MediaUpload upload) {
    ContentBlock block = getBlockForEditing(blockId);
    Course course = block.getLesson().getSection().getCourse();
    BlockType type = blockTypes.get(block.getBlockType());
    Long refId = block.getRefId();
    if (upload != null) {
      if (type.acceptedMedia().isEmpty()) {
        throw new BusinessException("block.noMedia");
      }
      type.prepare(authored, UPLOAD_PENDING);
      refId =
          media.store(course, type.acceptedMedia(), upload.fileName(), upload.content()).getId();
    }
    PreparedBlock content = type.prepare(authored, refId);
    Long before = block.getRefId();
    block.update(content.body(), content.refId());
    if (!type.acceptedMedia().isEmpty() && before != null && !before.equals(content.refId())) {
      em.flush();
      media.forgetIfUnused(before);
    }
    record(course, "course.lessonChanged", block.getLesson().getTitle());
    return block;
  }

  /**
   * Sets the course's cover picture from an upload (an image, checked by content like any lesson
   * picture); the previous cover goes unless something else shows it.
   */
  public Course setCover(long courseId, MediaUpload upload) {
    Course course = getForEditing(courseId);
    Long before = course.getCoverMediaId();
    long cover =
        media.store(course, Set.of(MediaKind.IMAGE), upload.fileName(), upload.content()).getId();
    course.setCoverMediaId(cover);
    em.flush();
    if (before != null) {
      media.forgetIfUnused(before);
    }
    record(course, "course.coverChanged", FileNames.clean(upload.fileName()));
    return course;
  }

  public Course removeCover(long courseId) {
    Course course = getForEditing(courseId);
    Long before = course.getCoverMediaId();
    if (before != null) {
      course.setCoverMediaId(null);
      em.flush();
      media.forgetIfUnused(before);
      record(course, "course.coverChanged", "—");
    }
    return course;
  }

  /** Removes a block; a file only it showed goes with it. */
  public void removeBlock(long blockId) {
    ContentBlock block = getBlockForEditing(blockId);
    Long mediaId =
        blockTypes.get(block.getBlockType()).acceptedMedia().isEmpty() ? null : block.getRefId();
    block.getLesson().removeBlock(block);
    if (mediaId != null) {
      em.flush();
      media.forgetIfUnused(mediaId);
    }
    record(
        block.getLesson().getSection().getCourse(),
        "course.blockRemoved",
        block.getLesson().getTitle());
  }

  /** Moves a block to {@code index} (0 first) in its lesson. */
  public void moveBlock(long blockId, int index) {
    ContentBlock block = getBlockForEditing(blockId);
    block.getLesson().moveBlock(block, index);
    record(
        block.getLesson().getSection().getCourse(),
        "course.blockMoved",
        block.getLesson().getTitle());
  }

  private ContentBlock getBlockForEditing(long blockId) {
    ContentBlock block = em.find(ContentBlock.class, blockId);
    if (block == null) {
      throw new NotFoundException("block", blockId);
    }
    requireEditor(block.getLesson().getSection().getCourse());
    return block;
  }

  /** Places a quiz (owned by the quiz module) in the flow of a lesson. */
  public Lesson placeQuiz(long lessonId, long quizId) {
    Lesson lesson = getLessonForEditing(lessonId);
    lesson.addBlock(QuizBlock.ID, null, quizId);
    record(lesson.getSection().getCourse(), "course.quizPlaced", lesson.getTitle());
    return lesson;
  }

  /**
   * Freezes the working copy as the next published version. Learners who enrol from now on get it;
   * learners already on an earlier version stay there until they choose to move (see ADR 0012).
   */
  public Course publish(long courseId) {
    Course course = getForEditing(courseId);
    if (course.lessons().isEmpty()) {
      throw new BusinessException("course.publish.noLessons");
    }
    String content = VersionContent.of(course);
    Instant now = clock.instant();
    int number = course.publish(now);
    em.persist(new CourseVersion(courseId, number, now, callers.current().username(), content));
    record(course, "course.published", String.valueOf(number));
    LOG.info(() -> "Course " + courseId + " published as version " + number);
    return course;
  }

  /** The latest published version, for anyone who may see the course. */
  public PublishedCourse published(long courseId) {
    Course course = get(courseId);
    if (course.getCurrentVersion() == 0) {
      throw new NotFoundException("course", courseId);
    }
    return version(courseId, course.getCurrentVersion());
  }

  /**
   * What the course's landing page and API show as its outline: the latest published version, or,
   * for an author of a course never published, the working copy as it would be published.
   */
  public PublishedCourse outline(long courseId) {
    Course course = get(courseId);
    if (course.getCurrentVersion() == 0) {
      return VersionContent.read(courseId, 0, VersionContent.of(course));
    }
    return version(courseId, course.getCurrentVersion());
  }

  /**
   * One published version, whatever the course's state now: learners enrolled in a course that was
   * since archived carry on with it. Versions hold nothing a learner could not already have seen. A
   * read, mostly from memory: it starts no transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PublishedCourse version(long courseId, int number) {
    Optional<PublishedCourse> known = publishedCourses.find(courseId, number);
    if (known.isPresent()) {
      return known.get();
    }
    return em.createNamedQuery("CourseVersion.idOf", Long.class)
        .setParameter("course", courseId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(id -> publishedCourses.get(id, vid -> em.find(CourseVersion.class, vid)))
        .orElseThrow(() -> new NotFoundException("course", courseId));
  }

  /** The versions published so far, newest first. */
  public List<CourseVersion> versions(long courseId) {
    getForEditing(courseId);
    return em.createNamedQuery("CourseVersion.list", CourseVersion.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  /** Whether the working copy differs from what learners see. */
  public boolean hasUnpublishedChanges(long courseId) {
    Course course = getForEditing(courseId);
    if (course.getCurrentVersion() == 0) {
      return true;
    }
    return em.createNamedQuery("CourseVersion.of", CourseVersion.class)
        .setParameter("course", courseId)
        .setParameter("number", course.getCurrentVersion())
        .getResultStream()
        .findFirst()
        .map(v -> !v.getContent().equals(VersionContent.of(course)))
        .orElse(true);
  }

  /** Takes the course out of the catalog; learners already enrolled carry on. */
  public Course archive(long courseId) {
    Course course = getForEditing(courseId);
    course.archive();
    record(course, "course.archived", null);
    return course;
  }

  public Course restore(long courseId) {
    Course course = getForEditing(courseId);
    if (course.isArchived()) {
      course.restore();
      record(course, "course.restored", null);
    }
    return course;
  }

  /**
   * How long the course's certificates stay valid, in months (1 to 120); none: they never expire.
   * Applies to certificates issued from now on.
   */
  public Course setCertificateValidity(long courseId, Integer months) {
    Course course = getForEditing(courseId);
    if (months != null && (months < 1 || months > Course.CERTIFICATE_MONTHS_MAX)) {
      throw new BusinessException("course.certificateMonths.range", Course.CERTIFICATE_MONTHS_MAX);
    }
    course.setCertificateMonths(months);
    record(course, "course.certificateValidityChanged", months == null ? "—" : months.toString());
    return course;
  }

  /** Whether completing the course also needs an instructor's sign-off of each learner. */
  public Course setSignOffRequired(long courseId, boolean required) {
    Course course = getForEditing(courseId);
    if (course.isSignOffRequired() != required) {
      course.setSignOffRequired(required);
      record(course, "course.signOffChanged", String.valueOf(required));
    }
    return course;
  }

  /** Free navigation, or lessons in order; learners get it with the next published version. */
  public Course setLessonOrder(long courseId, LessonOrder order) {
    Course course = getForEditing(courseId);
    if (course.getLessonOrder() != order) {
      course.setLessonOrder(order);
      record(course, "course.lessonOrderChanged", order.name());
    }
    return course;
  }

  /** Renames a section and sets the day it opens (none: at once). */
  public Section updateSection(long sectionId, String title, LocalDate opensOn) {
    Section section = getSectionForEditing(sectionId);
    section.setTitle(title.trim());
    section.setOpensOn(opensOn);
    record(
        section.getCourse(),
        "course.sectionChanged",
        section.getTitle() + (opensOn == null ? "" : " · " + opensOn));
    return section;
  }

  public Lesson renameLesson(long lessonId, String title) {
    Lesson lesson = getLessonForEditing(lessonId);
    String before = lesson.getTitle();
    lesson.setTitle(title.trim());
    record(lesson.getSection().getCourse(), "course.lessonRenamed", before + " → " + title.trim());
    return lesson;
  }

  /** Removes a section and its lessons from the working copy; published versions keep them. */
  public void removeSection(long sectionId) {
    Section section = getSectionForEditing(sectionId);
    Course course = section.getCourse();
    course.removeSection(section);
    record(course, "course.sectionRemoved", section.getTitle());
  }

  /** Removes a lesson from the working copy; published versions keep it. */
  public void removeLesson(long lessonId) {
    Lesson lesson = getLessonForEditing(lessonId);
    lesson.getSection().removeLesson(lesson);
    record(lesson.getSection().getCourse(), "course.lessonRemoved", lesson.getTitle());
  }

  /** Moves a section to {@code toIndex} (0 is first) in its course's outline. */
  public void moveSection(long sectionId, int toIndex) {
    Section section = getSectionForEditing(sectionId);
    Course course = section.getCourse();
    List<Section> order = new ArrayList<>(course.getSections());
    order.remove(section);
    order.add(clamp(toIndex, order.size()), section);
    for (int i = 0; i < order.size(); i++) {
      order.get(i).setPosition(i + 1);
    }
    record(course, "course.sectionMoved", section.getTitle());
  }

  /**
   * Moves a lesson to {@code toIndex} (0 is first) of a section of the same course, which may be
   * another section than its own. The lesson keeps its id, so learners' progress follows it.
   */
  public void moveLesson(long lessonId, long toSectionId, int toIndex) {
    Lesson lesson = getLessonForEditing(lessonId);
    Section from = lesson.getSection();
    Section to = getSectionForEditing(toSectionId);
    if (!to.getCourse().getId().equals(from.getCourse().getId())) {
      throw new BusinessException("course.move.otherCourse");
    }
    List<Lesson> source = new ArrayList<>(from.getLessons());
    source.remove(lesson);
    List<Lesson> target = from == to ? source : new ArrayList<>(to.getLessons());
    target.add(clamp(toIndex, target.size()), lesson);
    // Written as updates rather than by moving the entity between the sections' collections,
    // where orphan removal would delete it.
    place(source, from);
    if (from != to) {
      place(target, to);
    }
    record(from.getCourse(), "course.lessonMoved", lesson.getTitle());
  }

  private void place(List<Lesson> lessons, Section section) {
    for (int i = 0; i < lessons.size(); i++) {
      em.createNamedQuery("Lesson.place")
          .setParameter("section", section)
          .setParameter("position", i + 1)
          .setParameter("id", lessons.get(i).getId())
          .executeUpdate();
    }
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(index, size));
  }

  /** Who changed what in the course, and when; newest first. */
  public List<AuditEntry> history(long courseId) {
    getForEditing(courseId);
    return audit.about(subject(courseId), HISTORY_MAX);
  }

  static final int HISTORY_MAX = 200;

  private static String subject(long courseId) {
    return "course:" + courseId;
  }

  private void record(Course course, String action, String detail) {
    audit.record(
        callers.current().username(),
        action,
        subject(course.getId()),
        course.getLibraryId(),
        detail == null ? null : abbreviate(detail));
  }

  private static String abbreviate(String text) {
    return text.length() <= AuditEntry.DETAIL_MAX
        ? text
        : text.substring(0, AuditEntry.DETAIL_MAX - 1) + "…";
  }

  /** Lessons in which a quiz is placed, so that passing it counts as doing the lesson. */
  public List<Lesson> lessonsWithQuiz(long quizId) {
    return em.createNamedQuery("Lesson.withBlockRef", Lesson.class)
        .setParameter("type", QuizBlock.ID)
        .setParameter("ref", quizId)
        .getResultList();
  }

  /**
   * The course as an archive to download, with its media; read inside the transaction, so lazy
   * lists load.
   */
  public CourseArchive exportArchive(long courseId) {
    Course course = getForEditing(courseId);
    return CourseArchives.fromCourse(course, mediaFilesOf(course));
  }

  /**
   * What a library adopting the course copies: its details and latest published version, with the
   * media that version shows, for a caller who may create courses in {@code intoLibraryId}. Drafts,
   * archived courses and a library's own courses are refused; unpublished edits never travel.
   */
  public CourseArchive publishedArchive(long courseId, long intoLibraryId) {
    Caller caller = callers.require(Role.INSTRUCTOR, "course.adopt");
    Course course = find(courseId);
    if (!course.isPublished()) {
      throw new NotFoundException("course", courseId);
    }
    if (course.getLibraryId().equals(intoLibraryId)) {
      throw new BusinessException("course.adopt.ownLibrary");
    }
    if (!CoursePolicy.mayAdopt(caller, course, intoLibraryId)) {
      throw new AccessDeniedException("course.adopt");
    }
    return CourseArchives.fromPublished(
        course, version(courseId, course.getCurrentVersion()), mediaFilesOf(course));
  }

  /**
   * The course's own media files that fit in an archive. A file larger than an archive entry may be
   * (a long video) is left out and logged: its block then travels without it.
   */
  private CourseArchives.MediaFiles mediaFilesOf(Course course) {
    long entryMax = CourseArchiveReader.Limits.STANDARD.maxEntryBytes();
    return mediaId ->
        media
            .find(mediaId)
            .filter(m -> m.getCourseId().equals(course.getId()))
            .filter(
                m -> {
                  boolean fits = m.getByteSize() <= entryMax;
                  if (!fits) {
                    LOG.warning(
                        () ->
                            "Media "
                                + mediaId
                                + " of course "
                                + course.getId()
                                + " too large to export");
                  }
                  return fits;
                })
            .map(
                m ->
                    new MediaFile(
                        CourseArchives.mediaPath(m.getId(), m.getFileName()), media.bytesOf(m)));
  }

  /** Refuses, before an upload is even read, a caller who may not create courses there. */
  public void checkMayImportInto(long libraryId) {
    Caller caller = callers.require(Role.INSTRUCTOR, "course.import");
    if (!CoursePolicy.mayCreateIn(caller, libraryId)) {
      throw new AccessDeniedException("course.import");
    }
  }

  /** A course created from an archive, and what could not be carried over. */
  public record ImportedCourse(Course course, List<Problem> warnings) {}

  /**
   * Gives a course being imported its own copy of an archived quiz. Courses do not know quizzes
   * (the quiz module does), so the module that knows both passes one in.
   */
  @FunctionalInterface
  public interface QuizCopier {

    /** Leaves quizzes out: the reference of a quiz of another course would not work here. */
    QuizCopier NONE = (courseId, quizRef) -> Optional.empty();

    /**
     * The id of a quiz of {@code courseId} (the new course) copied from the archived quiz that
     * {@code quizRef} names, or empty if the archive does not carry it. Asked once per quiz block,
     * in the order of the outline; the same ref must give the same quiz.
     */
    Optional<Long> copy(long courseId, String quizRef);
  }

  /**
   * A new draft course in {@code libraryId}, owned by the caller, from an archive that {@link
   * org.relearning.course.exchange.CourseArchiveReader} accepted; quizzes are left out and reported
   * ({@link QuizCopier#NONE}).
   */
  public ImportedCourse importArchive(long libraryId, CourseArchive archive) {
    return importArchive(libraryId, archive, QuizCopier.NONE);
  }

  /**
   * A new draft course in {@code libraryId}, owned by the caller, from an archive that {@link
   * org.relearning.course.exchange.CourseArchiveReader} accepted. Block bodies go through their
   * block type again, as anything an author types does. A quiz block is placed, where it was, with
   * the quiz {@code quizzes} copies into the new course; one it cannot copy is left out and
   * reported.
   */
  public ImportedCourse importArchive(long libraryId, CourseArchive archive, QuizCopier quizzes) {
    return importArchive(libraryId, archive, quizzes, null);
  }

  /**
   * As {@link #importArchive(long, CourseArchive, QuizCopier)}; with {@code adoptedFrom}, the
   * course of another library the archive was taken from, which the new course's history names.
   */
  public ImportedCourse importArchive(
      long libraryId, CourseArchive archive, QuizCopier quizzes, Long adoptedFrom) {
    checkMayImportInto(libraryId);
    Caller caller = callers.current();
    Course course =
        new Course(
            libraryId,
            caller.accountId(),
            archive.title().trim(),
            archive.summary(),
            clock.instant());
    course.setLanguage(archive.language());
    CourseArchive.Details details = archive.details();
    course.setCategory(details.category());
    course.setLevel(details.level());
    course.setEstimatedHours(details.estimatedHours());
    course.setTags(details.tags());
    course.setLessonOrder(details.lessonOrder());
    course.setCertificateMonths(details.certificateMonths());
    course.setSignOffRequired(details.signOffRequired());
    // stored first: copied quizzes belong to the new course, so they need its id
    em.persist(course);
    em.flush();
    List<Problem> warnings = new ArrayList<>();
    Map<String, MediaFile> files = new HashMap<>();
    archive.media().forEach(f -> files.put(f.path(), f));
    Map<String, Long> stored = new HashMap<>();
    int s = 0;
    for (CourseArchive.SectionData sectionData : archive.sections()) {
      s++;
      Section section = course.addSection(sectionData.title().trim());
      section.setOpensOn(sectionData.opensOn());
      int l = 0;
      for (CourseArchive.LessonData lessonData : sectionData.lessons()) {
        l++;
        Lesson lesson = section.addLesson(lessonData.title().trim());
        int b = 0;
        for (CourseArchive.BlockData block : lessonData.blocks()) {
          b++;
          if (QuizBlock.ID.equals(block.type())) {
            Optional<Long> quizId = quizzes.copy(course.getId(), block.quizRef());
            if (quizId.isPresent()) {
              lesson.addBlock(QuizBlock.ID, null, quizId.get());
            } else {
              warnings.add(
                  new Problem(
                      "section " + s + " › lesson " + l + " › block " + b,
                      "import.course.quizNotCopied",
                      block.quizRef()));
            }
            continue;
          }
          String where = "section " + s + " › lesson " + l + " › block " + b;
          BlockType type = blockTypes.get(block.type());
          Long refId =
              block.mediaRef() == null
                  ? null
                  : storeImported(course, type, files.get(block.mediaRef()), stored, warnings);
          try {
            PreparedBlock content = type.prepare(block.body(), refId);
            lesson.addBlock(type.id(), content.body(), content.refId());
          } catch (BusinessException e) {
            warnings.add(new Problem(where, e.messageKey(), block.mediaRef()));
          }
        }
      }
    }
    em.flush();
    if (adoptedFrom == null) {
      record(course, "course.imported", archive.title());
    } else {
      record(course, "course.adopted", archive.title() + " (" + subject(adoptedFrom) + ")");
    }
    LOG.info(
        () ->
            "Course "
                + course.getId()
                + " imported by "
                + caller.username()
                + " into library "
                + libraryId);
    return new ImportedCourse(course, warnings);
  }

  /**
   * Stores an archive's file for a block, once per file, after the same checks as an upload. The
   * checks come first so that a refused file is a warning, not a rolled-back import.
   */
  private Long storeImported(
      Course course,
      BlockType type,
      MediaFile file,
      Map<String, Long> stored,
      List<Problem> warnings) {
    if (file == null) {
      return null;
    }
    if (stored.containsKey(file.path())) {
      return stored.get(file.path());
    }
    byte[] bytes = file.bytes();
    String name = FileNames.clean(CourseArchives.fileName(file.path()));
    MediaSniffer.Sniffed sniffed;
    try {
      sniffed =
          MediaSniffer.sniff(
              name, Arrays.copyOf(bytes, Math.min(bytes.length, MediaSniffer.HEAD_BYTES)));
    } catch (MediaRefusedException e) {
      warnings.add(new Problem(file.path(), "import.course.hostileMedia", e.messageKey()));
      return null;
    }
    if (!type.acceptedMedia().contains(sniffed.kind())
        || bytes.length > MediaLimits.maxBytes(sniffed.kind())) {
      warnings.add(new Problem(file.path(), "import.course.mediaRejected", sniffed.contentType()));
      return null;
    }
    Long id =
        media.store(course, type.acceptedMedia(), name, new ByteArrayInputStream(bytes)).getId();
    stored.put(file.path(), id);
    return id;
  }

  /**
   * A course whatever its state, for other modules' rules; not for showing to a caller. A read: in
   * the caller's transaction when there is one, in none otherwise.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Course> findCourse(long courseId) {
    return Optional.ofNullable(em.find(Course.class, courseId));
  }

  /** Whether the caller may author the course; for views deciding what to offer. */
  public boolean mayEdit(Course course) {
    return callers.find().map(c -> CoursePolicy.mayEdit(c, course)).orElse(false);
  }

  private Course find(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new NotFoundException("course", courseId);
    }
    return course;
  }

  private Lesson findLesson(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new NotFoundException("lesson", lessonId);
    }
    return lesson;
  }

  /** A section the caller may author, with its lessons. */
  public Section getSectionForEditing(long sectionId) {
    Section section = em.find(Section.class, sectionId);
    if (section == null) {
      throw new NotFoundException("section", sectionId);
    }
    requireEditor(section.getCourse());
    return section;
  }

  private void requireEditor(Course course) {
    Caller caller = callers.current();
    if (!CoursePolicy.mayEdit(caller, course)) {
      LOG.warning(
          () -> "Refused: " + caller.username() + " may not author course " + course.getId());
      throw new AccessDeniedException("course.edit");
    }
  }
}
