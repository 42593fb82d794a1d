package org.relearning.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Role;

class CoursePolicyTest {

  private static final long LIBRARY = 7;
  private static final long OTHER_LIBRARY = 8;
  private final Course course = new Course(LIBRARY, 100L, "ขนมชั้น", null, Instant.EPOCH);

  private static Caller caller(long id, Role role, Long library) {
    return new Caller(id, "u" + id, role, library, "ชื่อ", "Name");
  }

  @Test
  void theOwningInstructorMayEdit() {
    assertThat(CoursePolicy.mayEdit(caller(100, Role.INSTRUCTOR, LIBRARY), course)).isTrue();
  }

  @Test
  void anotherInstructorOfTheSameLibraryMayNot() {
    assertThat(CoursePolicy.mayEdit(caller(101, Role.INSTRUCTOR, LIBRARY), course)).isFalse();
  }

  @Test
  void aLearnerMayNotEvenTheirOwnIdMatches() {
    assertThat(CoursePolicy.mayEdit(caller(100, Role.LEARNER, LIBRARY), course)).isFalse();
  }

  @Test
  void libraryAdministratorsOnlyOfTheirLibrary() {
    assertThat(CoursePolicy.mayEdit(caller(5, Role.LIBRARY_ADMIN, LIBRARY), course)).isTrue();
    assertThat(CoursePolicy.mayEdit(caller(5, Role.LIBRARY_ADMIN, OTHER_LIBRARY), course))
        .isFalse();
    assertThat(CoursePolicy.mayEdit(caller(1, Role.SYSTEM_ADMIN, null), course)).isTrue();
  }

  @Test
  void draftsAreHiddenFromLearners() {
    assertThat(CoursePolicy.mayView(caller(9, Role.LEARNER, LIBRARY), course)).isFalse();
    assertThat(CoursePolicy.mayView(null, course)).isFalse();
    assertThat(CoursePolicy.mayView(caller(100, Role.INSTRUCTOR, LIBRARY), course)).isTrue();
  }

  @Test
  void instructorsCreateOnlyInTheirOwnLibrary() {
    assertThat(CoursePolicy.mayCreateIn(caller(100, Role.INSTRUCTOR, LIBRARY), LIBRARY)).isTrue();
    assertThat(CoursePolicy.mayCreateIn(caller(100, Role.INSTRUCTOR, LIBRARY), OTHER_LIBRARY))
        .isFalse();
    assertThat(CoursePolicy.mayCreateIn(caller(100, Role.LEARNER, LIBRARY), LIBRARY)).isFalse();
  }

  @Test
  void coInstructorsEditButDoNotManageInstructors() {
    Course shared = new Course(LIBRARY, 100L, "ผ้ามัดย้อม", null, Instant.EPOCH);
    shared.addCoInstructor(101L);
    Caller owner = caller(100, Role.INSTRUCTOR, LIBRARY);
    Caller coInstructor = caller(101, Role.INSTRUCTOR, LIBRARY);
    Caller stranger = caller(102, Role.INSTRUCTOR, LIBRARY);

    assertThat(CoursePolicy.mayEdit(coInstructor, shared)).isTrue();
    assertThat(CoursePolicy.mayView(coInstructor, shared)).as("sees the draft").isTrue();
    assertThat(CoursePolicy.mayEdit(stranger, shared)).isFalse();
    assertThat(CoursePolicy.mayManageInstructors(coInstructor, shared)).isFalse();
    assertThat(CoursePolicy.mayManageInstructors(owner, shared)).isTrue();
    assertThat(CoursePolicy.mayManageInstructors(caller(5, Role.LIBRARY_ADMIN, LIBRARY), shared))
        .isTrue();
    assertThat(
            CoursePolicy.mayManageInstructors(caller(5, Role.LIBRARY_ADMIN, OTHER_LIBRARY), shared))
        .isFalse();
  }

  @Test
  void aCoInstructorFromAnotherLibraryEditsToo() {
    Course shared = new Course(LIBRARY, 100L, "ผ้ามัดย้อม", null, Instant.EPOCH);
    shared.addCoInstructor(201L);
    assertThat(CoursePolicy.mayEdit(caller(201, Role.INSTRUCTOR, OTHER_LIBRARY), shared)).isTrue();
  }

  @Test
  void aCoInstructorWhoIsNoLongerAnInstructorMayNot() {
    Course shared = new Course(LIBRARY, 100L, "ผ้ามัดย้อม", null, Instant.EPOCH);
    shared.addCoInstructor(101L);
    assertThat(CoursePolicy.mayEdit(caller(101, Role.LEARNER, LIBRARY), shared)).isFalse();
    shared.removeCoInstructor(101L);
    assertThat(CoursePolicy.mayEdit(caller(101, Role.INSTRUCTOR, LIBRARY), shared)).isFalse();
  }

  @Test
  void theOwnerIsListedFirstAmongTheInstructors() {
    Course shared = new Course(LIBRARY, 100L, "ผ้ามัดย้อม", null, Instant.EPOCH);
    shared.addCoInstructor(103L);
    shared.addCoInstructor(101L);
    assertThat(shared.instructorIds()).containsExactly(100L, 101L, 103L);
  }
}
