package org.relearning.course;

import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Role;

/** Who may author which course: the rule every authoring call is checked against. */
public final class CoursePolicy {

  private CoursePolicy() {}

  /**
   * The owning instructor, the co-instructors, the library's administrators and the system
   * administrator. An account that has lost its instructor role edits nothing.
   */
  public static boolean mayEdit(Caller caller, Course course) {
    return caller.administers(course.getLibraryId())
        || (caller.has(Role.INSTRUCTOR)
            && (isOwner(caller, course) || course.isCoInstructor(caller.accountId())));
  }

  /**
   * Who decides who authors the course (and, when they come, who deletes or hands it over): the
   * owner and the administrators, not the co-instructors.
   */
  public static boolean mayManageInstructors(Caller caller, Course course) {
    return caller.administers(course.getLibraryId())
        || (caller.has(Role.INSTRUCTOR) && isOwner(caller, course));
  }

  private static boolean isOwner(Caller caller, Course course) {
    return course.getOwnerId().equals(caller.accountId());
  }

  /** Instructors create courses in their own library; administrators in the ones they run. */
  public static boolean mayCreateIn(Caller caller, Long libraryId) {
    return caller.administers(libraryId)
        || (caller.has(Role.INSTRUCTOR)
            && libraryId != null
            && libraryId.equals(caller.libraryId()));
  }

  /**
   * A library adopts another library's course as a draft copy of its published version: whoever may
   * create courses in the library taking it, for a course in the catalog of another library.
   */
  public static boolean mayAdopt(Caller caller, Course course, Long intoLibrary) {
    return course.isPublished()
        && !course.getLibraryId().equals(intoLibrary)
        && mayCreateIn(caller, intoLibrary);
  }

  /** Learners see published courses; authors also see their drafts. */
  public static boolean mayView(Caller caller, Course course) {
    return course.isPublished() || (caller != null && mayEdit(caller, course));
  }
}
