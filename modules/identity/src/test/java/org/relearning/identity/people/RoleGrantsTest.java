package org.relearning.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relearning.identity.access.Caller;
import org.relearning.identity.account.Role;

class RoleGrantsTest {

  private static final Caller LIBRARIAN_A = new Caller(1, "a", Role.LIBRARY_ADMIN, 10L, "ก", "A");
  private static final Caller SYSTEM = new Caller(2, "s", Role.SYSTEM_ADMIN, null, "ร", "S");
  private static final Caller INSTRUCTOR_A = new Caller(3, "i", Role.INSTRUCTOR, 10L, "ค", "I");

  @Test
  void aLibraryAdministratorGrantsUpToTheirOwnRoleInTheirOwnLibraryOnly() {
    assertThat(RoleGrants.mayGrant(LIBRARIAN_A, Role.INSTRUCTOR, 10L)).isTrue();
    assertThat(RoleGrants.mayGrant(LIBRARIAN_A, Role.LIBRARY_ADMIN, 10L)).isTrue();
    assertThat(RoleGrants.mayGrant(LIBRARIAN_A, Role.SYSTEM_ADMIN, 10L)).isFalse();
    assertThat(RoleGrants.mayGrant(LIBRARIAN_A, Role.LEARNER, 11L)).isFalse();
    assertThat(RoleGrants.mayGrant(LIBRARIAN_A, Role.LEARNER, null)).isFalse();
    assertThat(RoleGrants.grantable(LIBRARIAN_A))
        .containsExactly(Role.LEARNER, Role.INSTRUCTOR, Role.LIBRARY_ADMIN);
  }

  @Test
  void aLibraryAdministratorActsOnLearnersAndInstructorsOfTheirLibrary() {
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 5, Role.LEARNER, 10L)).isTrue();
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 5, Role.INSTRUCTOR, 10L)).isTrue();
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 5, Role.LIBRARY_ADMIN, 10L)).isFalse();
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 5, Role.SYSTEM_ADMIN, null)).isFalse();
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 5, Role.LEARNER, 11L)).isFalse();
  }

  @Test
  void theSystemAdministratorActsOnEveryoneButThemselves() {
    assertThat(RoleGrants.mayActOn(SYSTEM, 5, Role.LIBRARY_ADMIN, 11L)).isTrue();
    assertThat(RoleGrants.mayGrant(SYSTEM, Role.SYSTEM_ADMIN, null)).isTrue();
    assertThat(RoleGrants.mayGrant(SYSTEM, Role.INSTRUCTOR, null))
        .as("library roles need a library")
        .isFalse();
    assertThat(RoleGrants.mayActOn(SYSTEM, 2, Role.SYSTEM_ADMIN, null)).isFalse();
    assertThat(RoleGrants.mayActOn(LIBRARIAN_A, 1, Role.LIBRARY_ADMIN, 10L)).isFalse();
  }

  @Test
  void othersGrantNothing() {
    assertThat(RoleGrants.mayGrant(INSTRUCTOR_A, Role.LEARNER, 10L)).isFalse();
    assertThat(RoleGrants.mayActOn(INSTRUCTOR_A, 5, Role.LEARNER, 10L)).isFalse();
    assertThat(RoleGrants.grantable(INSTRUCTOR_A)).isEmpty();
  }
}
