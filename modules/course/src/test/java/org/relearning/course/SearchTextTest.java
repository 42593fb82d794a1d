package org.relearning.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void wildcardsTypedByPeopleAreSearchedLiterally() {
    assertThat(CourseService.likeEscaped("100%")).isEqualTo("100\\%");
    assertThat(CourseService.likeEscaped("a_b")).isEqualTo("a\\_b");
    assertThat(CourseService.likeEscaped("c:\\x")).isEqualTo("c:\\\\x");
    assertThat(CourseService.likeEscaped("ขนมชั้น")).isEqualTo("ขนมชั้น");
  }
}
