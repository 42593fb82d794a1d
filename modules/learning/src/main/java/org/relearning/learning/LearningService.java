package org.relearning.learning;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.CourseStatus;
import org.relearning.course.version.LessonAccess;
import org.relearning.course.version.PublishedCourse;
import org.relearning.course.version.PublishedLesson;
import org.relearning.course.version.PublishedSection;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.learning.completion.CompletionFacts;
import org.relearning.learning.completion.CompletionRules;
import org.relearning.learning.completion.Missing;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizAttemptGraded;
import org.relearning.quiz.QuizService;

/**
 * Enrolment, progress through lessons, and completion. A learner follows one published version of a
 * course ({@link PublishedCourse}); the course completes when every lesson of that version is done
 * and every quiz in it is passed; it completes once, and says so with {@link CourseCompleted}.
 */
@Stateless
public class LearningService {

  private static final Logger LOG = Logger.getLogger(LearningService.class.getName());

  @PersistenceContext(unitName = "learning")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private CourseService courses;
  @EJB private QuizService quizzes;
  @Inject private Clock clock;
  @Inject private Event<CourseCompleted> completed;
  @Inject private CompletionRules rules;
  @EJB private AuditLog audit;

  /** Enrols the caller in a published course; enrolling twice changes nothing. */
  public Enrolment enrol(long courseId) {
    Caller caller = callers.current();
    Course course = courses.get(courseId);
    Optional<Enrolment> existing = find(caller.accountId(), courseId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (course.getStatus() != CourseStatus.PUBLISHED) {
      throw new BusinessException("enrolment.notPublished");
    }
    Enrolment e =
        new Enrolment(
            caller.accountId(),
            courseId,
            course.getLibraryId(),
            course.getCurrentVersion(),
            clock.instant());
    em.persist(e);
    em.flush();
    LOG.info(() -> caller.username() + " enrolled in course " + courseId);
    return e;
  }

  /** How long before a certificate expires its holder may start taking the course again. */
  public static final Period RENEWAL_OPENS_BEFORE = Period.ofDays(90);

  /**
   * The last day the caller's certificate of the course is valid, when they may take the course
   * again now to renew it: they completed their latest round, the course is published and its
   * certificates expire, and that day is less than {@link #RENEWAL_OPENS_BEFORE} away or past.
   */
  public Optional<LocalDate> renewalDue(long courseId) {
    Optional<Enrolment> latest = myEnrolment(courseId).filter(Enrolment::isCompleted);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    return courses.findCourse(courseId).flatMap(c -> renewalDue(latest.get(), c));
  }

  private Optional<LocalDate> renewalDue(Enrolment latest, Course course) {
    if (!latest.isCompleted() || course.getStatus() != CourseStatus.PUBLISHED) {
      return Optional.empty();
    }
    LocalDate completedOn = latest.getCompletedAt().atZone(Clocks.ZONE).toLocalDate();
    return Optional.ofNullable(course.lastValidDay(completedOn))
        .filter(lastDay -> !today().isBefore(lastDay.minus(RENEWAL_OPENS_BEFORE)));
  }

  /**
   * Everything the learner's page of a course shows, from one read of their enrolment, of the
   * lessons they have done and of the course: as {@link #myCourse}, {@link #myProgress}, {@link
   * #whatIsMissing}, {@link #newerVersion} and {@link #renewalDue} together, which would each read
   * them again.
   */
  public MyCourse myCoursePage(long courseId) {
    Enrolment e = requireEnrolment(courseId);
    Set<Long> done = doneLessons(e);
    Course course =
        courses.findCourse(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
    PublishedCourse version = versionOf(e, done, course::getCurrentVersion);
    List<Missing> missing = e.isCompleted() ? List.of() : missing(e, course, version, done);
    Integer newer =
        course.getCurrentVersion() > version.getNumber() ? course.getCurrentVersion() : null;
    return new MyCourse(
        course,
        e.getRoundNo(),
        version,
        progress(e, version, done),
        missing,
        Optional.ofNullable(newer),
        renewalDue(e, course));
  }

  /** The learner's page of a course: see {@link #myCoursePage}. */
  public record MyCourse(
      Course course,
      int roundNo,
      PublishedCourse version,
      Progress progress,
      List<Missing> missing,
      Optional<Integer> newerVersion,
      Optional<LocalDate> renewalDue) {}

  /**
   * Starts the caller on the course again, to renew a certificate that expires: a new round on the
   * latest published version, with no lessons done, in which only quiz attempts made from now on
   * count. The earlier round, its completion and its certificate stay as they were; completing the
   * new round issues a new certificate. Refused while renewal is not due; asking twice gives one
   * new round.
   */
  public Enrolment retake(long courseId) {
    Caller caller = callers.current();
    Enrolment latest = requireEnrolment(courseId);
    if (latest.isRetake() && !latest.isCompleted()) {
      return latest;
    }
    if (renewalDue(courseId).isEmpty()) {
      throw new BusinessException("learn.retake.notDue");
    }
    Course course = courses.get(courseId);
    Enrolment round =
        new Enrolment(
            caller.accountId(),
            courseId,
            course.getLibraryId(),
            course.getCurrentVersion(),
            clock.instant(),
            latest.getRoundNo() + 1);
    em.persist(round);
    em.flush();
    audit.record(
        caller.username(),
        "course.retakeStarted",
        "course:" + courseId,
        course.getLibraryId(),
        "round " + round.getRoundNo());
    LOG.info(
        () ->
            caller.username()
                + " started round "
                + round.getRoundNo()
                + " of course "
                + courseId
                + " to renew a certificate");
    return round;
  }

  /** For the quiz module: when the learner's retake of the course began, if they are retaking. */
  public Optional<Instant> retakeStartedAt(long accountId, long courseId) {
    return find(accountId, courseId).filter(Enrolment::isRetake).map(Enrolment::getEnrolledAt);
  }

  public Optional<Enrolment> myEnrolment(long courseId) {
    return callers.find().flatMap(c -> find(c.accountId(), courseId));
  }

  public List<Enrolment> myEnrolments() {
    return em.createNamedQuery("Enrolment.ofLearner", Enrolment.class)
        .setParameter("account", callers.current().accountId())
        .getResultList();
  }

  public boolean isEnrolled(long accountId, long courseId) {
    return find(accountId, courseId).isPresent();
  }

  /**
   * The version of the course the caller follows. A learner who has not done anything yet is moved
   * to the latest version on the way: nothing of theirs can break.
   */
  public PublishedCourse myCourse(long courseId) {
    return versionOf(requireEnrolment(courseId));
  }

  /** The caller's progress through the version of the course they follow. */
  public Progress myProgress(long courseId) {
    Enrolment e = requireEnrolment(courseId);
    return progress(e, versionOf(e));
  }

  /** A newer published version than the one the caller follows, if there is one. */
  public Optional<Integer> newerVersion(long courseId) {
    return myCoursePage(courseId).newerVersion();
  }

  /**
   * Moves the caller to the latest version. Lessons done stay done where the new version still has
   * them (lessons keep their ids across versions); the course completes if nothing is missing.
   */
  public Progress moveToLatest(long courseId) {
    Enrolment e = requireEnrolment(courseId);
    if (!e.isCompleted()) {
      e.setVersionNumber(latestVersion(e));
      LOG.info(() -> "Enrolment " + e.getId() + " moved to version " + e.getVersionNumber());
      evaluate(e);
    }
    return myProgress(courseId);
  }

  /**
   * The quizzes of the caller's version of the course that they have not passed yet, so that they
   * see why the course is not complete.
   */
  public List<Quiz> quizzesStillToPass(long courseId) {
    Caller caller = callers.current();
    PublishedCourse version = versionOf(requireEnrolment(courseId));
    return version.quizIds().stream()
        .filter(q -> !quizzes.hasPassed(q, caller.accountId()))
        .map(quizzes::findQuiz)
        .flatMap(Optional::stream)
        .toList();
  }

  /** Whether the caller may open the lesson now, and if not, why. */
  public LessonAccess access(long courseId, long lessonId) {
    Enrolment e = requireEnrolment(courseId);
    PublishedCourse version = versionOf(e);
    if (!version.contains(lessonId)) {
      throw new NotFoundException("lesson", lessonId);
    }
    return version.access(lessonId, doneLessons(e), today());
  }

  /**
   * Opens a lesson for the caller, remembering where they are so they resume there. A lesson that
   * is not open to them yet is refused here, whatever the page showed.
   */
  public PublishedLesson openLesson(long courseId, long lessonId) {
    Enrolment e = requireEnrolment(courseId);
    PublishedLesson lesson = requireOpen(e, versionOf(e), lessonId);
    e.setLastLessonId(lessonId);
    return lesson;
  }

  /** Marks a lesson done; completes the course when that was the last thing missing. */
  public Progress completeLesson(long courseId, long lessonId) {
    Enrolment e = requireEnrolment(courseId);
    requireOpen(e, versionOf(e), lessonId);
    markDone(e, lessonId);
    evaluate(e);
    return myProgress(courseId);
  }

  /** For the quiz module: whether the quiz sits in a lesson open to the learner. */
  public boolean mayTakeQuiz(long accountId, long courseId, long quizId) {
    return enrolmentTakingQuiz(accountId, courseId, quizId).isPresent();
  }

  /**
   * The learner's enrolment when they may take the quiz now (as {@link #mayTakeQuiz}), empty
   * otherwise: one read of the enrolment answers both whether and, for a retake, since when.
   */
  public Optional<Enrolment> enrolmentTakingQuiz(long accountId, long courseId, long quizId) {
    Optional<Enrolment> e = find(accountId, courseId);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> done = doneLessons(e.get());
    PublishedCourse version = versionOf(e.get(), done);
    boolean open =
        version.lessonsWithQuiz(quizId).stream()
            .anyMatch(l -> version.access(l.getId(), done, today()) == LessonAccess.OPEN);
    return open ? e : Optional.empty();
  }

  /**
   * A graded quiz counts after its transaction committed, in a transaction of its own: whatever
   * happens here never undoes the grade.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void onQuizGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizAttemptGraded g) {
    Optional<Enrolment> enrolment = find(g.accountId(), g.courseId());
    if (enrolment.isEmpty() || !g.passed()) {
      return;
    }
    for (PublishedLesson lesson : versionOf(enrolment.get()).lessonsWithQuiz(g.quizId())) {
      markDone(enrolment.get(), lesson.getId());
    }
    evaluate(enrolment.get());
  }

  private PublishedLesson requireOpen(Enrolment e, PublishedCourse version, long lessonId) {
    PublishedLesson lesson =
        version.lesson(lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
    LessonAccess access = version.access(lessonId, doneLessons(e), today());
    if (access == LessonAccess.AFTER_PREVIOUS) {
      throw new BusinessException("lesson.locked.previous");
    }
    if (access == LessonAccess.NOT_YET_RELEASED) {
      PublishedSection section = version.sectionOf(lessonId).orElseThrow();
      throw new BusinessException("lesson.locked.notYet", section.getOpensOn(), section.getTitle());
    }
    return lesson;
  }

  private void evaluate(Enrolment e) {
    if (e.isCompleted() || !missing(e).isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    int changed =
        em.createNamedQuery("Enrolment.markCompleted")
            .setParameter("completed", EnrolmentStatus.COMPLETED)
            .setParameter("active", EnrolmentStatus.ACTIVE)
            .setParameter("at", now)
            .setParameter("id", e.getId())
            .executeUpdate();
    if (changed == 1) {
      LOG.info(() -> "Enrolment " + e.getId() + " completed course " + e.getCourseId());
      completed.fire(
          new CourseCompleted(e.getId(), e.getCourseId(), e.getAccountId(), e.getLibraryId(), now));
    }
  }

  /** What the caller still lacks to complete the course, under every rule that applies. */
  public List<Missing> whatIsMissing(long courseId) {
    return myCoursePage(courseId).missing();
  }

  private List<Missing> missing(Enrolment e) {
    Course course = courses.findCourse(e.getCourseId()).orElseThrow();
    return missing(e, course, versionOf(e), doneLessons(e));
  }

  private List<Missing> missing(
      Enrolment e, Course course, PublishedCourse version, Set<Long> done) {
    return rules.missing(
        new CompletionFacts(course, version, e.getAccountId(), Set.copyOf(done), e.isSignedOff()));
  }

  /** One learner of a course as its instructors see them. */
  public record LearnerProgress(Enrolment enrolment, Progress progress) {}

  /** The learners of a course and how far each is, for the course's instructors. */
  public List<LearnerProgress> learnersOf(long courseId) {
    courses.getForEditing(courseId);
    return em.createNamedQuery("Enrolment.ofCourse", Enrolment.class)
        .setParameter("course", courseId)
        .getResultStream()
        .map(e -> new LearnerProgress(e, progress(e, versionOf(e))))
        .toList();
  }

  /**
   * An instructor of the course signs off a learner's hands-on work; the course completes if that
   * was the last thing missing. Refused to anyone who may not author the course.
   */
  public void signOff(long courseId, long accountId) {
    Caller caller = callers.current();
    Course course = courses.getForEditing(courseId);
    if (!course.isSignOffRequired()) {
      throw new BusinessException("learn.signOff.notRequired");
    }
    Enrolment e =
        find(accountId, courseId).orElseThrow(() -> new NotFoundException("enrolment", courseId));
    if (e.isSignedOff()) {
      return;
    }
    e.signOff(clock.instant(), caller.username());
    audit.record(
        caller.username(),
        "course.learnerSignedOff",
        "course:" + courseId,
        course.getLibraryId(),
        "account " + accountId);
    evaluate(e);
  }

  /** How many learners enrolled in a course, and how many of them completed it. */
  public record CourseFigures(long enrolments, long completions) {
    public static final CourseFigures NONE = new CourseFigures(0, 0);
  }

  /**
   * Enrolments and completions of each course, for the administrators of the courses' libraries; a
   * course of another library refuses the whole request.
   */
  public Map<Long, CourseFigures> figuresOf(Collection<Long> courseIds) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "course.figures");
    if (courseIds.isEmpty()) {
      return Map.of();
    }
    for (Long id : courseIds) {
      Course course = courses.findCourse(id).orElseThrow(() -> new NotFoundException("course", id));
      if (!caller.administers(course.getLibraryId())) {
        LOG.warning(
            () -> caller.username() + " asked for the figures of course " + id + ": refused");
        throw new AccessDeniedException("course.figures");
      }
    }
    // learners, not enrolments: one who took a course again to renew it has a round per take
    Map<Long, Long> completers = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("Enrolment.completersOfCourses", Object[].class)
            .setParameter("completed", EnrolmentStatus.COMPLETED)
            .setParameter("courses", List.copyOf(courseIds))
            .getResultList()) {
      completers.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    Map<Long, CourseFigures> figures = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("Enrolment.learnersOfCourses", Object[].class)
            .setParameter("courses", List.copyOf(courseIds))
            .getResultList()) {
      long course = ((Number) row[0]).longValue();
      figures.put(
          course,
          new CourseFigures(((Number) row[1]).longValue(), completers.getOrDefault(course, 0L)));
    }
    return figures;
  }

  /** Every completion so far, as the event that announced it; for the certificates' sweep. */
  public List<CourseCompleted> completions() {
    return em.createNamedQuery("Enrolment.completed", Enrolment.class)
        .setParameter("completed", EnrolmentStatus.COMPLETED)
        .getResultStream()
        .map(
            e ->
                new CourseCompleted(
                    e.getId(),
                    e.getCourseId(),
                    e.getAccountId(),
                    e.getLibraryId(),
                    e.getCompletedAt()))
        .toList();
  }

  /**
   * The learner's result in an enrolment, for the certificate: the mean of their grades in the
   * quizzes of the version they followed (each by its quiz's grading method), as a whole percent;
   * empty when the course has no graded quiz. Read in a transaction of its own, so that whatever
   * goes wrong here never spoils the caller's (the certificate is issued without a result).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalInt courseGrade(long enrolmentId) {
    Enrolment e =
        findEnrolment(enrolmentId)
            .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
    OptionalDouble mean =
        versionOf(e).quizIds().stream()
            .filter(q -> quizzes.findQuiz(q).isPresent())
            .map(q -> quizzes.grade(q, e.getAccountId()))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .average();
    return mean.isPresent()
        ? OptionalInt.of((int) Math.round(mean.getAsDouble()))
        : OptionalInt.empty();
  }

  public Optional<Enrolment> findEnrolment(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
  }

  private Progress progress(Enrolment e, PublishedCourse version) {
    return progress(e, version, doneLessons(e));
  }

  /** The progress, from the lessons done as read (not changed here). */
  private Progress progress(Enrolment e, PublishedCourse version, Set<Long> doneRead) {
    Set<Long> inVersion =
        version.lessons().stream().map(PublishedLesson::getId).collect(Collectors.toSet());
    Set<Long> done = new HashSet<>(doneRead);
    done.retainAll(inVersion);
    Long last = e.getLastLessonId();
    Long resume =
        last != null && inVersion.contains(last)
            ? last
            : version.firstNotDone(done).map(PublishedLesson::getId).orElse(null);
    return new Progress(inVersion.size(), done, e.isCompleted(), resume);
  }

  private PublishedCourse versionOf(Enrolment e) {
    return versionOf(e, null);
  }

  /** As {@link #versionOf(Enrolment)}, with the lessons done when the caller has them already. */
  private PublishedCourse versionOf(Enrolment e, Set<Long> done) {
    return versionOf(e, done, () -> latestVersion(e));
  }

  /** As {@link #versionOf(Enrolment, Set)}, with the latest version number from {@code latest}. */
  private PublishedCourse versionOf(Enrolment e, Set<Long> done, IntSupplier latest) {
    if (e.getVersionNumber() == 0
        || (!e.isCompleted() && (done != null ? done : doneLessons(e)).isEmpty())) {
      e.setVersionNumber(latest.getAsInt());
    }
    return courses.version(e.getCourseId(), e.getVersionNumber());
  }

  private int latestVersion(Enrolment e) {
    return courses
        .findCourse(e.getCourseId())
        .map(Course::getCurrentVersion)
        .orElseThrow(() -> new NotFoundException("course", e.getCourseId()));
  }

  private LocalDate today() {
    return clock.instant().atZone(Clocks.ZONE).toLocalDate();
  }

  private void markDone(Enrolment e, long lessonId) {
    if (!doneLessons(e).contains(lessonId)) {
      em.persist(new LessonDone(e.getId(), lessonId, clock.instant()));
      em.flush();
    }
  }

  private Set<Long> doneLessons(Enrolment e) {
    return new HashSet<>(
        em.createNamedQuery("LessonDone.lessonIds", Long.class)
            .setParameter("enrolment", e.getId())
            .getResultList());
  }

  private Enrolment requireEnrolment(long courseId) {
    Caller caller = callers.current();
    return find(caller.accountId(), courseId)
        .orElseThrow(() -> new NotFoundException("enrolment", courseId));
  }

  private Optional<Enrolment> find(long accountId, long courseId) {
    return em.createNamedQuery("Enrolment.of", Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }
}
