package org.relearning.course;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Who teaches a course with its owner. Co-instructors edit the course like the owner ({@link
 * CoursePolicy#mayEdit}); only the owner and the library's administrators add or remove them
 * ({@link CoursePolicy#mayManageInstructors}), checked here and not in the page.
 */
@Stateless
public class CourseInstructors {

  private static final Logger LOG = Logger.getLogger(CourseInstructors.class.getName());

  @PersistenceContext(unitName = "course")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private AccountService accounts;

  /**
   * Adds an instructor who will author the course like its owner. Only the owner and the library's
   * administrators may; the account must be an active instructor (or more).
   */
  public Course addCoInstructor(long courseId, String username) {
    Course course = getForManaging(courseId);
    Account account =
        accounts
            .findByUsername(username)
            .filter(Account::isActive)
            .orElseThrow(
                () ->
                    new BusinessException("course.instructors.unknown", String.valueOf(username)));
    if (!account.getRole().includes(Role.INSTRUCTOR)) {
      throw new BusinessException("course.instructors.notInstructor", account.getUsername());
    }
    if (account.getId().equals(course.getOwnerId())) {
      throw new BusinessException("course.instructors.isOwner", account.getUsername());
    }
    if (course.addCoInstructor(account.getId())) {
      LOG.info(
          () ->
              "Course "
                  + courseId
                  + ": co-instructor "
                  + account.getUsername()
                  + " added by "
                  + callers.current().username());
    }
    return course;
  }

  public Course removeCoInstructor(long courseId, long accountId) {
    Course course = getForManaging(courseId);
    if (course.removeCoInstructor(accountId)) {
      LOG.info(
          () ->
              "Course "
                  + courseId
                  + ": co-instructor "
                  + accountId
                  + " removed by "
                  + callers.current().username());
    }
    return course;
  }

  /** Whether the caller may add and remove the course's co-instructors; for views. */
  public boolean mayManage(Course course) {
    return callers.find().map(c -> CoursePolicy.mayManageInstructors(c, course)).orElse(false);
  }

  private Course getForManaging(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new NotFoundException("course", courseId);
    }
    Caller caller = callers.current();
    if (!CoursePolicy.mayManageInstructors(caller, course)) {
      LOG.warning(
          () ->
              "Refused: "
                  + caller.username()
                  + " may not manage instructors of course "
                  + courseId);
      throw new AccessDeniedException("course.instructors.manage");
    }
    return course;
  }
}
