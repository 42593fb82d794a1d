package org.relearning.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.relearning.course.Course;
import org.relearning.course.CoursePolicy;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.QuizHost;

/** Answers the quiz module's questions about courses: who authors them, who may take them. */
@ApplicationScoped
public class CourseQuizHost implements QuizHost {

  @EJB private CourseService courses;
  @EJB private LearningService learning;

  @Override
  public long libraryOf(long courseId) {
    return courses
        .findCourse(courseId)
        .orElseThrow(() -> new NotFoundException("course", courseId))
        .getLibraryId();
  }

  @Override
  public String courseTitle(long courseId) {
    return courses
        .findCourse(courseId)
        .orElseThrow(() -> new NotFoundException("course", courseId))
        .getTitle();
  }

  @Override
  public boolean mayAuthor(Caller caller, long courseId) {
    return courses.findCourse(courseId).map(c -> CoursePolicy.mayEdit(caller, c)).orElse(false);
  }

  @Override
  public boolean mayAdopt(Caller caller, long courseId) {
    return caller.has(Role.INSTRUCTOR)
        && courses.findCourse(courseId).map(Course::isPublished).orElse(false);
  }

  @Override
  public boolean mayTake(Caller caller, long courseId, long quizId) {
    return learning.mayTakeQuiz(caller.accountId(), courseId, quizId)
        || courses.findCourse(courseId).map(c -> CoursePolicy.mayEdit(caller, c)).orElse(false);
  }

  @Override
  public Optional<Taking> taking(Caller caller, long courseId, long quizId) {
    Optional<Enrolment> enrolment =
        learning.enrolmentTakingQuiz(caller.accountId(), courseId, quizId);
    if (enrolment.isPresent()) {
      Enrolment e = enrolment.get();
      return Optional.of(new Taking(e.isRetake() ? e.getEnrolledAt() : null));
    }
    boolean author =
        courses.findCourse(courseId).map(c -> CoursePolicy.mayEdit(caller, c)).orElse(false);
    return author
        ? Optional.of(new Taking(attemptsCountFrom(caller.accountId(), courseId).orElse(null)))
        : Optional.empty();
  }

  @Override
  public Optional<Instant> attemptsCountFrom(long accountId, long courseId) {
    return learning.retakeStartedAt(accountId, courseId);
  }
}
