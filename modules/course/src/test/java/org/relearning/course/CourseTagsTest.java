package org.relearning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class CourseTagsTest {

  @Test
  void tagsAreTrimmedLowerCasedAndKeptOnce() {
    assertThat(
            CourseTags.normalise(List.of("  Dessert ", "DESSERT", "ขนมไทย", " ขนมไทย", "", "  ")))
        .containsExactly("dessert", "ขนมไทย");
  }

  @Test
  void innerWhiteSpaceIsSqueezed() {
    assertThat(CourseTags.normalise(List.of("Selling   Online", "selling online")))
        .containsExactly("selling online");
  }

  @Test
  void lowerCaseDoesNotDependOnTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(CourseTags.normalise(List.of("TIE-DYE"))).containsExactly("tie-dye");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void thaiTagsKeepTheirMarks() {
    assertThat(CourseTags.parse("น้ำกะทิ, ผ้ามัดย้อม，ขายออนไลน์"))
        .containsExactly("น้ำกะทิ", "ผ้ามัดย้อม", "ขายออนไลน์");
  }

  @Test
  void tenTagsAreTheMost() {
    List<String> ten = new ArrayList<>();
    for (int i = 0; i < CourseTags.MAX_TAGS; i++) {
      ten.add("tag" + i);
    }
    assertThat(CourseTags.normalise(ten)).hasSize(10);
    List<String> eleven = new ArrayList<>(ten);
    eleven.add("one more");
    assertThatThrownBy(() -> CourseTags.normalise(eleven))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("course.tags.tooMany");
    eleven.set(10, "TAG0");
    assertThat(CourseTags.normalise(eleven)).as("a repeat is not an eleventh tag").hasSize(10);
  }

  @Test
  void aTagIsAtMostFortyCharactersThaiCountedByCharacter() {
    String forty = "ข".repeat(CourseTags.TAG_MAX);
    assertThat(CourseTags.normalise(List.of(forty))).containsExactly(forty);
    assertThatThrownBy(() -> CourseTags.normalise(List.of(forty + "ก")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("course.tags.tooLong");
  }

  @Test
  void typedTagsReadBackAsShown() {
    List<String> tags = CourseTags.parse("Crafts, ผ้าไทย , , crafts");
    assertThat(tags).containsExactly("crafts", "ผ้าไทย");
    assertThat(CourseTags.parse(CourseTags.join(tags))).isEqualTo(tags);
    assertThat(CourseTags.parse(null)).isEmpty();
    assertThat(CourseTags.normalise(Arrays.asList("a", null))).containsExactly("a");
  }
}
