package org.relearning.learning.curriculum;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.exchange.Problem;
import org.relearning.course.media.FileNames;
import org.relearning.course.media.MediaKind;
import org.relearning.course.media.MediaRefusedException;
import org.relearning.course.media.MediaSniffer;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.learning.CourseCompleted;
import org.relearning.learning.CourseTransfer;
import org.relearning.learning.Enrolment;
import org.relearning.learning.EnrolmentStatus;
import org.relearning.learning.LearningService;
import org.relearning.learning.curriculum.PathProgress.State;
import org.relearning.learning.curriculum.PathProgress.Step;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Career paths: authoring (checked here against {@link CurriculumPolicy}), enrolling in a whole
 * path at once, the learner's progress along it, and its completion. A path completes by its own
 * rule (every required course and enough electives completed), evaluated when one of its courses
 * completes and when the learner enrols, once, announced by {@link CurriculumCompleted}.
 */
@Stateless
public class CurriculumService {

  private static final Logger LOG = Logger.getLogger(CurriculumService.class.getName());

  @PersistenceContext(unitName = "learning")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private CourseService courses;
  @EJB private LearningService learning;
  @EJB private CourseTransfer transfer;
  @Inject private Clock clock;
  @EJB private AuditLog audit;
  @Inject private Event<CurriculumCompleted> completed;

  /** A new draft path in a library the caller authors for. */
  public Curriculum create(Long libraryId, String title) {
    Caller caller = callers.require(Role.INSTRUCTOR, "curriculum.create");
    if (!CurriculumPolicy.mayCreateIn(caller, libraryId)) {
      throw new AccessDeniedException("curriculum.create");
    }
    Curriculum curriculum =
        new Curriculum(libraryId, caller.accountId(), requireTitle(title), clock.instant());
    em.persist(curriculum);
    em.flush();
    record(curriculum, "curriculum.created", curriculum.getTitle());
    return curriculum;
  }

  /** A path the caller may see: published, or a draft of a library they author for. */
  public Curriculum get(long id) {
    Curriculum c = find(id);
    if (!CurriculumPolicy.mayView(callers.find().orElse(null), c)) {
      throw new NotFoundException("curriculum", id);
    }
    return c;
  }

  /** Every completed path enrolment, for the sweep that issues certificates completion missed. */
  public List<Long> completedPathEnrolmentIds() {
    return em.createNamedQuery("PathEnrolment.completedIds", Long.class)
        .setParameter("completed", EnrolmentStatus.COMPLETED)
        .getResultList();
  }

  /**
   * A completed path enrolment as the event its completion fired, the courses done counted again
   * from the learner's enrolments; empty when it is not completed.
   */
  public Optional<CurriculumCompleted> completion(long pathEnrolmentId) {
    PathEnrolment p = em.find(PathEnrolment.class, pathEnrolmentId);
    if (p == null || !p.isCompleted()) {
      return Optional.empty();
    }
    Curriculum c = find(p.getCurriculumId());
    return Optional.of(
        new CurriculumCompleted(
            p.getId(),
            c.getId(),
            p.getAccountId(),
            p.getLibraryId(),
            p.getCompletedAt(),
            progress(c, p.getAccountId()).steps().stream()
                .filter(Step::isDone)
                .map(Step::courseId)
                .toList()));
  }

  /** The path a path enrolment is on, for the certificate that names it; empty if none. */
  public Optional<Long> curriculumOf(long pathEnrolmentId) {
    return Optional.ofNullable(em.find(PathEnrolment.class, pathEnrolmentId))
        .map(PathEnrolment::getCurriculumId);
  }

  /** A path whatever its state, for other modules' rules; not for showing to a caller. */
  public Optional<Curriculum> findCurriculum(long id) {
    return Optional.ofNullable(em.find(Curriculum.class, id));
  }

  public Curriculum getForEditing(long id) {
    Curriculum c = find(id);
    requireEditor(c);
    return c;
  }

  /** Whether the caller may author the path; for views deciding what to offer. */
  public boolean mayEdit(Curriculum curriculum) {
    return CurriculumPolicy.mayEdit(callers.find().orElse(null), curriculum);
  }

  /** Published paths, newest first. */
  public List<Curriculum> catalog() {
    return em.createNamedQuery("Curriculum.published", Curriculum.class)
        .setParameter("status", CurriculumStatus.PUBLISHED)
        .getResultList();
  }

  /** The paths the caller may author: their library's (every library's for the system admin). */
  public List<Curriculum> authoredByCaller() {
    Caller caller = callers.require(Role.INSTRUCTOR, "curriculum.list");
    if (caller.isSystemAdmin()) {
      return em.createNamedQuery("Curriculum.all", Curriculum.class).getResultList();
    }
    return em.createNamedQuery("Curriculum.ofLibrary", Curriculum.class)
        .setParameter("library", caller.libraryId())
        .getResultList();
  }

  /** Changes every detail at once; a refused one changes nothing. */
  public Curriculum updateDetails(long id, CurriculumDetails details) {
    Curriculum c = getForEditing(id);
    String title = requireTitle(details.title());
    String summary = trimmed(details.summary());
    String target = trimmed(details.targetLearners());
    if (summary != null && summary.length() > Curriculum.SUMMARY_MAX) {
      throw new BusinessException("curriculum.summary.tooLong", Curriculum.SUMMARY_MAX);
    }
    if (target != null && target.length() > Curriculum.TARGET_LEARNERS_MAX) {
      throw new BusinessException(
          "curriculum.targetLearners.tooLong", Curriculum.TARGET_LEARNERS_MAX);
    }
    requireElectiveCount(c, details.electiveCount());
    c.setTitle(title);
    c.setSummary(summary);
    c.setCategory(details.category());
    c.setTargetLearners(target);
    c.setElectiveCount(details.electiveCount());
    c.setOrderRecommended(details.orderRecommended());
    return c;
  }

  /**
   * Sets the path's cover from an upload: a picture (JPEG, PNG, GIF or WebP, told by its content,
   * not its name) of at most {@link CurriculumCover#MAX_BYTES}. The previous cover goes.
   */
  public Curriculum setCover(long id, String fileName, InputStream content) {
    Curriculum c = getForEditing(id);
    String name = FileNames.clean(fileName);
    byte[] bytes;
    try {
      bytes = content.readNBytes(CurriculumCover.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > CurriculumCover.MAX_BYTES) {
      throw new MediaRefusedException("media.refused.tooLarge", name);
    }
    MediaSniffer.Sniffed sniffed =
        MediaSniffer.sniff(
            name, Arrays.copyOf(bytes, Math.min(bytes.length, MediaSniffer.HEAD_BYTES)));
    if (sniffed.kind() != MediaKind.IMAGE) {
      throw new MediaRefusedException("media.refused.wrongKind", name);
    }
    replaceCover(c, sniffed.contentType(), bytes);
    record(c, "curriculum.coverChanged", name);
    return c;
  }

  public Curriculum removeCover(long id) {
    Curriculum c = getForEditing(id);
    if (c.getCoverMediaId() != null) {
      replaceCover(c, null, null);
      record(c, "curriculum.coverChanged", "—");
    }
    return c;
  }

  /** A path's cover picture, for whoever may see the path; otherwise not found. */
  public CurriculumCover cover(long coverId) {
    CurriculumCover cover = em.find(CurriculumCover.class, coverId);
    if (cover == null) {
      throw new NotFoundException("cover", coverId);
    }
    get(cover.getCurriculumId());
    return cover;
  }

  /** Stores a new cover (none: removes it) and forgets the one it replaces. */
  private void replaceCover(Curriculum c, String contentType, byte[] bytes) {
    Long before = c.getCoverMediaId();
    Long now = null;
    if (bytes != null) {
      CurriculumCover cover =
          new CurriculumCover(
              c.getId(), contentType, bytes, clock.instant(), callers.current().username());
      em.persist(cover);
      em.flush();
      now = cover.getId();
    }
    c.setCoverMediaId(now);
    if (before != null) {
      Optional.ofNullable(em.find(CurriculumCover.class, before)).ifPresent(em::remove);
    }
  }

  /** Puts a course of the path's library on the path, at the end. */
  public Curriculum addCourse(long id, long courseId, boolean required) {
    Curriculum c = getForEditing(id);
    Course course = courses.findCourse(courseId).orElseThrow(() -> notFound(courseId));
    if (!course.getLibraryId().equals(c.getLibraryId())) {
      throw new BusinessException("curriculum.course.otherLibrary");
    }
    if (c.find(courseId).isPresent()) {
      throw new BusinessException("curriculum.course.already", course.getTitle());
    }
    c.add(courseId, required);
    em.flush();
    return c;
  }

  public Curriculum removeCourse(long id, long courseId) {
    Curriculum c = getForEditing(id);
    c.remove(c.find(courseId).orElseThrow(() -> notFound(courseId)));
    if (c.getElectiveCount() > c.electiveTotal()) {
      c.setElectiveCount((int) c.electiveTotal());
    }
    em.flush();
    return c;
  }

  /** Moves a course to a place in the path's order (0 is first). */
  public Curriculum moveCourse(long id, long courseId, int toIndex) {
    Curriculum c = getForEditing(id);
    c.move(c.find(courseId).orElseThrow(() -> notFound(courseId)), toIndex);
    em.flush();
    return c;
  }

  public Curriculum setRequired(long id, long courseId, boolean required) {
    Curriculum c = getForEditing(id);
    c.find(courseId).orElseThrow(() -> notFound(courseId)).setRequired(required);
    if (c.getElectiveCount() > c.electiveTotal()) {
      c.setElectiveCount((int) c.electiveTotal());
    }
    return c;
  }

  /**
   * Opens the path to learners. Every course on it must be published, or a learner could never
   * finish; and the elective count must be one that can be met.
   */
  public Curriculum publish(long id) {
    Curriculum c = getForEditing(id);
    if (c.getCourses().isEmpty()) {
      throw new BusinessException("curriculum.publish.noCourses");
    }
    requireElectiveCount(c, c.getElectiveCount());
    for (CurriculumCourse cc : c.getCourses()) {
      Course course =
          courses.findCourse(cc.getCourseId()).orElseThrow(() -> notFound(cc.getCourseId()));
      if (!course.isPublished()) {
        throw new BusinessException("curriculum.publish.draftCourse", course.getTitle());
      }
    }
    c.publish(clock.instant());
    record(c, "curriculum.published", c.getTitle());
    LOG.info(() -> "Curriculum " + id + " published");
    return c;
  }

  /** A path adopted from another library: the new draft, and what its courses could not carry. */
  public record AdoptedPath(Curriculum curriculum, List<Problem> problems) {

    public AdoptedPath {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Another library's published path, copied into {@code intoLibraryId} as a new draft with its
   * courses: each course adopted as {@link CourseTransfer#adopt} does (its published version, as a
   * new draft of that library), in the path's order, with the same required and elective places,
   * elective count and details. All of it or nothing: a course that cannot be adopted (taken out of
   * the catalog since, or with a quiz that cannot be read) refuses the whole path, naming it. The
   * library reviews the courses and the path, publishes the courses, then the path.
   */
  public AdoptedPath adopt(long id, long intoLibraryId) {
    Caller caller = callers.require(Role.INSTRUCTOR, "curriculum.adopt");
    Curriculum original = find(id);
    if (!original.isPublished()) {
      throw new NotFoundException("curriculum", id);
    }
    if (original.getLibraryId().equals(intoLibraryId)) {
      throw new BusinessException("curriculum.adopt.ownLibrary");
    }
    if (!CurriculumPolicy.mayAdopt(caller, original, intoLibraryId)) {
      throw new AccessDeniedException("curriculum.adopt");
    }
    Curriculum copy =
        new Curriculum(intoLibraryId, caller.accountId(), original.getTitle(), clock.instant());
    copy.setSummary(original.getSummary());
    copy.setCategory(original.getCategory());
    copy.setTargetLearners(original.getTargetLearners());
    copy.setOrderRecommended(original.isOrderRecommended());
    List<Problem> problems = new ArrayList<>();
    for (CurriculumCourse cc : original.getCourses()) {
      Course course =
          courses.findCourse(cc.getCourseId()).orElseThrow(() -> notFound(cc.getCourseId()));
      if (!course.isPublished()) {
        throw new BusinessException("curriculum.adopt.courseUnavailable", course.getTitle());
      }
      CourseTransfer.Imported adopted = transfer.adopt(course.getId(), intoLibraryId);
      if (adopted.refused()) {
        throw new BusinessException("curriculum.adopt.courseFailed", course.getTitle());
      }
      copy.add(adopted.course().getId(), cc.isRequired());
      adopted.problems().stream()
          .map(p -> new Problem(course.getTitle() + " › " + p.where(), p.reasonKey(), p.detail()))
          .forEach(problems::add);
    }
    copy.setElectiveCount(original.getElectiveCount());
    em.persist(copy);
    em.flush();
    if (original.getCoverMediaId() != null) {
      CurriculumCover cover = em.find(CurriculumCover.class, original.getCoverMediaId());
      if (cover != null) {
        replaceCover(copy, cover.getContentType(), cover.getData());
      }
    }
    record(copy, "curriculum.adopted", original.getTitle() + " (curriculum:" + id + ")");
    LOG.info(
        () ->
            "Curriculum "
                + id
                + " adopted into library "
                + intoLibraryId
                + " as curriculum "
                + copy.getId()
                + " with "
                + copy.getCourses().size()
                + " courses");
    return new AdoptedPath(copy, problems);
  }

  /**
   * Enrols the caller in the path and in each of its published courses (as {@link
   * LearningService#enrol} does: enrolling twice changes nothing). Courses completed before count
   * at once: the path may complete here.
   */
  public PathEnrolment enrol(long id) {
    Caller caller = callers.current();
    Curriculum c = get(id);
    if (!c.isPublished()) {
      throw new BusinessException("curriculum.notPublished");
    }
    for (CurriculumCourse cc : c.getCourses()) {
      if (courses.findCourse(cc.getCourseId()).map(Course::isPublished).orElse(false)) {
        learning.enrol(cc.getCourseId());
      }
    }
    PathEnrolment path =
        findPath(caller.accountId(), id)
            .orElseGet(
                () -> {
                  PathEnrolment p =
                      new PathEnrolment(id, caller.accountId(), c.getLibraryId(), clock.instant());
                  em.persist(p);
                  em.flush();
                  LOG.info(() -> caller.username() + " enrolled in curriculum " + id);
                  return p;
                });
    evaluate(path, c);
    return path;
  }

  public Optional<PathEnrolment> myPathEnrolment(long id) {
    return callers.find().flatMap(caller -> findPath(caller.accountId(), id));
  }

  /** A path the caller follows, with how far along it they are. */
  public record MyPath(Curriculum curriculum, PathProgress progress) {}

  /** The paths the caller follows, the latest joined first, for "my learning". */
  public List<MyPath> myPaths() {
    Caller caller = callers.current();
    return em.createNamedQuery("PathEnrolment.ofLearner", PathEnrolment.class)
        .setParameter("account", caller.accountId())
        .getResultStream()
        .map(p -> em.find(Curriculum.class, p.getCurriculumId()))
        .filter(Objects::nonNull)
        .map(c -> new MyPath(c, progress(c, caller.accountId())))
        .toList();
  }

  /** The caller's progress along a path they may see; all "not started" for a visitor. */
  public PathProgress myProgress(long id) {
    Curriculum c = get(id);
    return progress(c, callers.find().map(Caller::accountId).orElse(null));
  }

  /**
   * Enrolments and completions of the path and of each of its courses among the path's learners,
   * and how many courses they have completed; for the path's authors only.
   */
  public PathReport report(long id) {
    Curriculum c = getForEditing(id);
    List<PathEnrolment> learners =
        em.createNamedQuery("PathEnrolment.ofCurriculum", PathEnrolment.class)
            .setParameter("curriculum", id)
            .getResultList();
    List<Long> courseIds = c.getCourses().stream().map(CurriculumCourse::getCourseId).toList();
    List<Enrolment> enrolments =
        courseIds.isEmpty() || learners.isEmpty()
            ? List.of()
            : em.createNamedQuery("PathEnrolment.courseEnrolments", Enrolment.class)
                .setParameter("curriculum", id)
                .setParameter("courses", courseIds)
                .getResultList();
    List<PathReport.CourseRow> rows = new ArrayList<>();
    for (CurriculumCourse cc : c.getCourses()) {
      List<Enrolment> of =
          enrolments.stream().filter(e -> e.getCourseId().equals(cc.getCourseId())).toList();
      rows.add(
          new PathReport.CourseRow(
              cc.getCourseId(),
              courses.findCourse(cc.getCourseId()).map(Course::getTitle).orElse(""),
              cc.isRequired(),
              (int) of.stream().map(Enrolment::getAccountId).distinct().count(),
              (int)
                  of.stream()
                      .filter(Enrolment::isCompleted)
                      .map(Enrolment::getAccountId)
                      .distinct()
                      .count()));
    }
    // a learner who took a course again to renew it has a round per take: count the course once
    Map<Long, Long> doneByLearner =
        enrolments.stream()
            .filter(Enrolment::isCompleted)
            .collect(
                Collectors.groupingBy(
                    Enrolment::getAccountId,
                    Collectors.mapping(
                        Enrolment::getCourseId,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    List<Integer> reached = new ArrayList<>();
    for (int i = 0; i <= courseIds.size(); i++) {
      reached.add(0);
    }
    for (PathEnrolment p : learners) {
      int done = doneByLearner.getOrDefault(p.getAccountId(), 0L).intValue();
      reached.set(done, reached.get(done) + 1);
    }
    int completedPath = (int) learners.stream().filter(PathEnrolment::isCompleted).count();
    return new PathReport(id, learners.size(), completedPath, rows, reached);
  }

  /**
   * A course completed after its transaction committed, in a transaction of its own: each active
   * path of the learner holding that course is evaluated; nothing here undoes the completion.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void onCourseCompleted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted event) {
    List<PathEnrolment> paths =
        em.createNamedQuery("PathEnrolment.activeOfLearner", PathEnrolment.class)
            .setParameter("account", event.accountId())
            .setParameter("active", EnrolmentStatus.ACTIVE)
            .getResultList();
    for (PathEnrolment p : paths) {
      Curriculum c = em.find(Curriculum.class, p.getCurriculumId());
      if (c != null && c.find(event.courseId()).isPresent()) {
        evaluate(p, c);
      }
    }
  }

  private void evaluate(PathEnrolment p, Curriculum c) {
    if (p.isCompleted()) {
      return;
    }
    PathProgress progress = progress(c, p.getAccountId());
    if (!progress.ruleMet()) {
      return;
    }
    Instant now = clock.instant();
    int changed =
        em.createNamedQuery("PathEnrolment.markCompleted")
            .setParameter("completed", EnrolmentStatus.COMPLETED)
            .setParameter("active", EnrolmentStatus.ACTIVE)
            .setParameter("at", now)
            .setParameter("id", p.getId())
            .executeUpdate();
    if (changed == 1) {
      LOG.info(() -> "Path enrolment " + p.getId() + " completed curriculum " + c.getId());
      completed.fire(
          new CurriculumCompleted(
              p.getId(),
              c.getId(),
              p.getAccountId(),
              p.getLibraryId(),
              now,
              progress.steps().stream().filter(Step::isDone).map(Step::courseId).toList()));
    }
  }

  /** The path as {@code accountId} meets it ({@code null}: someone not signed in). */
  PathProgress progress(Curriculum c, Long accountId) {
    Map<Long, Enrolment> enrolments =
        accountId == null
            ? Map.of()
            : em.createNamedQuery("Enrolment.everyRoundOfLearner", Enrolment.class)
                .setParameter("account", accountId)
                .getResultStream()
                // a course completed once stays done for the path, even while it is taken again
                .collect(
                    Collectors.toMap(
                        Enrolment::getCourseId,
                        Function.identity(),
                        (a, b) -> a.isCompleted() ? a : b));
    List<Step> steps = new ArrayList<>();
    for (CurriculumCourse cc : c.getCourses()) {
      Optional<Course> course = courses.findCourse(cc.getCourseId());
      Enrolment e = enrolments.get(cc.getCourseId());
      State state =
          e == null ? State.NOT_STARTED : e.isCompleted() ? State.DONE : State.IN_PROGRESS;
      steps.add(
          new Step(
              cc.getCourseId(),
              course.map(Course::getTitle).orElse(""),
              cc.isRequired(),
              course.map(Course::isPublished).orElse(false),
              state));
    }
    List<Step> requiredLeft = steps.stream().filter(s -> s.required() && !s.isDone()).toList();
    long electivesDone = steps.stream().filter(s -> !s.required() && s.isDone()).count();
    int electivesLeft = (int) Math.max(0, c.electivesNeeded() - electivesDone);
    Step next =
        steps.stream()
            .filter(s -> !s.isDone() && (s.required() || electivesLeft > 0))
            .findFirst()
            .orElse(null);
    boolean enrolled = accountId != null && findPath(accountId, c.getId()).isPresent();
    boolean done =
        enrolled && findPath(accountId, c.getId()).map(PathEnrolment::isCompleted).orElse(false);
    return new PathProgress(enrolled, done, steps, requiredLeft, electivesLeft, next);
  }

  private Optional<PathEnrolment> findPath(long accountId, long curriculumId) {
    return em.createNamedQuery("PathEnrolment.of", PathEnrolment.class)
        .setParameter("account", accountId)
        .setParameter("curriculum", curriculumId)
        .getResultStream()
        .findFirst();
  }

  private void requireElectiveCount(Curriculum c, int count) {
    if (count < 0 || count > c.electiveTotal()) {
      throw new BusinessException("curriculum.electiveCount.outOfRange", c.electiveTotal());
    }
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new BusinessException("curriculum.title.required");
    }
    String t = title.trim();
    if (t.length() > Curriculum.TITLE_MAX) {
      throw new BusinessException("curriculum.title.tooLong", Curriculum.TITLE_MAX);
    }
    return t;
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static NotFoundException notFound(Object courseId) {
    return new NotFoundException("course", courseId);
  }

  private Curriculum find(long id) {
    Curriculum c = em.find(Curriculum.class, id);
    if (c == null) {
      throw new NotFoundException("curriculum", id);
    }
    return c;
  }

  private void requireEditor(Curriculum c) {
    Caller caller = callers.current();
    if (!CurriculumPolicy.mayEdit(caller, c)) {
      LOG.warning(
          () -> "Refused: " + caller.username() + " may not author curriculum " + c.getId());
      throw new AccessDeniedException("curriculum.edit");
    }
  }

  private void record(Curriculum c, String action, String detail) {
    audit.record(
        callers.current().username(), action, "curriculum:" + c.getId(), c.getLibraryId(), detail);
  }
}
