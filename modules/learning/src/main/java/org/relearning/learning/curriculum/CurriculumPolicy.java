package org.relearning.learning.curriculum;

import org.relearning.course.CoursePolicy;
import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Role;

/**
 * Who may author which path: the instructors and administrators of the library that owns it (a path
 * is the library's plan for the year, not one instructor's), and the system administrator.
 */
public final class CurriculumPolicy {

  private CurriculumPolicy() {}

  public static boolean mayEdit(Caller caller, Curriculum curriculum) {
    return mayCreateIn(caller, curriculum.getLibraryId());
  }

  public static boolean mayCreateIn(Caller caller, Long libraryId) {
    return caller != null
        && caller.has(Role.INSTRUCTOR)
        && CoursePolicy.mayCreateIn(caller, libraryId);
  }

  /** A library adopts another library's published path, as it adopts a course. */
  public static boolean mayAdopt(Caller caller, Curriculum curriculum, Long intoLibrary) {
    return curriculum.isPublished()
        && !curriculum.getLibraryId().equals(intoLibrary)
        && mayCreateIn(caller, intoLibrary);
  }

  /** Learners see published paths; authors also see their library's drafts. */
  public static boolean mayView(Caller caller, Curriculum curriculum) {
    return curriculum.isPublished() || mayEdit(caller, curriculum);
  }
}
