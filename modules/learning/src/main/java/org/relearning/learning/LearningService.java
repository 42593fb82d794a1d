package org.relearning.learning;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizAttemptGraded;
import org.relearning.quiz.QuizService;

/**
 * Enrolment, progress through lessons, and completion. A course completes when every lesson is done
 * and every quiz of the course is passed; it completes once, and says so with {@link
 * CourseCompleted}.
 */
@Stateless
public class LearningService {

  private static final Logger LOG = Logger.getLogger(LearningService.class.getName());

  @PersistenceContext(unitName = "learning")
  private EntityManager em;

  @Inject private Callers callers;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private Clock clock;
  @Inject private Event<CourseCompleted> completed;

  /** Enrols the caller in a published course; enrolling twice changes nothing. */
  public Enrolment enrol(long courseId) {
    Caller caller = callers.current();
    Course course = courses.get(courseId);
    if (!course.isPublished()) {
      throw new BusinessException("enrolment.notPublished");
    }
    Optional<Enrolment> existing = find(caller.accountId(), courseId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Enrolment e =
        new Enrolment(caller.accountId(), courseId, course.getLibraryId(), clock.instant());
    em.persist(e);
    em.flush();
    LOG.info(() -> caller.username() + " enrolled in course " + courseId);
    return e;
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

  /** The caller's progress through a course they are enrolled in. */
  public Progress myProgress(long courseId) {
    Enrolment e = requireEnrolment(courseId);
    Course course = courses.get(courseId);
    return new Progress(
        course.lessons().size(), doneLessons(e), e.isCompleted(), e.getLastLessonId());
  }

  /**
   * The quizzes of a course the caller has not passed yet, so that they see why the course is not
   * complete.
   */
  public List<Quiz> quizzesStillToPass(long courseId) {
    Caller caller = callers.current();
    requireEnrolment(courseId);
    return quizzes.ofCourse(courseId).stream()
        .filter(q -> !quizzes.hasPassed(q.getId(), caller.accountId()))
        .toList();
  }

  /** Remembers where the learner is, so they resume there. */
  public void openLesson(long lessonId) {
    Lesson lesson = courses.getLesson(lessonId);
    requireEnrolment(lesson.getSection().getCourse().getId()).setLastLessonId(lessonId);
  }

  /** Marks a lesson done; completes the course when that was the last thing missing. */
  public Progress completeLesson(long lessonId) {
    Lesson lesson = courses.getLesson(lessonId);
    long courseId = lesson.getSection().getCourse().getId();
    Enrolment e = requireEnrolment(courseId);
    markDone(e, lessonId);
    evaluate(e);
    return myProgress(courseId);
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
    for (Lesson lesson : courses.lessonsWithQuiz(g.quizId())) {
      markDone(enrolment.get(), lesson.getId());
    }
    evaluate(enrolment.get());
  }

  private void evaluate(Enrolment e) {
    if (e.isCompleted()) {
      return;
    }
    Course course = courses.findCourse(e.getCourseId()).orElseThrow();
    Set<Long> done = doneLessons(e);
    boolean lessonsDone = course.lessons().stream().allMatch(l -> done.contains(l.getId()));
    boolean quizzesPassed =
        quizzes.ofCourse(course.getId()).stream()
            .allMatch(q -> quizzes.hasPassed(q.getId(), e.getAccountId()));
    if (!lessonsDone || !quizzesPassed) {
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
      LOG.info(() -> "Enrolment " + e.getId() + " completed course " + course.getId());
      completed.fire(
          new CourseCompleted(e.getId(), course.getId(), e.getAccountId(), e.getLibraryId(), now));
    }
  }

  public Optional<Enrolment> findEnrolment(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
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
