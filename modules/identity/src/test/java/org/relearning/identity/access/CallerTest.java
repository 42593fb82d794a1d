package org.relearning.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relearning.identity.account.Role;

class CallerTest {

  private static Caller caller(Role role, Long library) {
    return new Caller(1, "u", role, library, "ชื่อ", "Name");
  }

  @Test
  void rolesIncludeTheOnesBelow() {
    assertThat(Role.LIBRARY_ADMIN.groups())
        .containsExactlyInAnyOrder("LEARNER", "INSTRUCTOR", "LIBRARY_ADMIN");
    assertThat(Role.LEARNER.groups()).containsExactly("LEARNER");
    assertThat(caller(Role.INSTRUCTOR, 1L).has(Role.LEARNER)).isTrue();
    assertThat(caller(Role.INSTRUCTOR, 1L).has(Role.LIBRARY_ADMIN)).isFalse();
  }

  @Test
  void aLibraryAdministratorAdministersOnlyTheirOwnLibrary() {
    assertThat(caller(Role.LIBRARY_ADMIN, 1L).administers(1L)).isTrue();
    assertThat(caller(Role.LIBRARY_ADMIN, 1L).administers(2L)).isFalse();
    assertThat(caller(Role.INSTRUCTOR, 1L).administers(1L)).isFalse();
    assertThat(caller(Role.SYSTEM_ADMIN, null).administers(2L)).isTrue();
  }
}
