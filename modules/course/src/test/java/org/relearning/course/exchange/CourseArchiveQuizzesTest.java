package org.relearning.course.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quiz files an archive lists: optional, read as bytes, missing ones reported. */
class CourseArchiveQuizzesTest {

  private final CourseArchiveReader reader = new CourseArchiveReader();

  private static String manifest(String quizzes) {
    return TestZips.manifest(1, "{\"type\": \"quiz\", \"quizRef\": \"quiz:42\"}")
        .replaceFirst("\\}\\s*$", ", \"quizzes\": " + quizzes + "}");
  }

  @Test
  void aListedQuizFileIsReadWithItsRef() {
    ImportResult result =
        reader.read(
            TestZips.with(
                    "manifest.json",
                    manifest("[{\"ref\": \"quiz:42\", \"path\": \"quizzes/1.json\", \"size\": 2}]"))
                .and("quizzes/1.json", "{}")
                .and("quizzes/2.json", "{\"not\": \"listed\"}")
                .bytes());

    assertThat(result.problems()).isEmpty();
    assertThat(result.archive().quizzes())
        .containsExactly(new QuizFile("quiz:42", "quizzes/1.json", "{}".getBytes()));
  }

  @Test
  void aListedQuizFileTheZipLacksIsReportedAndLeftOut() {
    ImportResult result =
        reader.read(
            TestZips.with(
                    "manifest.json",
                    manifest(
                        "[{\"ref\": \"quiz:42\", \"path\": \"quizzes/1.json\"},"
                            + " {\"ref\": \"quiz:43\", \"path\": \"media/x.json\"}]"))
                .and("media/x.json", "{}")
                .bytes());

    assertThat(result.refused()).isFalse();
    assertThat(result.archive().quizzes()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            new Problem("quizzes 1", "import.course.missingQuiz", "quizzes/1.json"),
            new Problem("quizzes 2", "import.course.missingQuiz", "media/x.json"));
  }

  @Test
  void aRefListedTwiceRefusesTheArchive() {
    ImportResult result =
        reader.read(
            TestZips.with(
                    "manifest.json",
                    manifest(
                        "[{\"ref\": \"quiz:42\", \"path\": \"quizzes/1.json\"},"
                            + " {\"ref\": \"quiz:42\", \"path\": \"quizzes/2.json\"}]"))
                .and("quizzes/1.json", "{}")
                .and("quizzes/2.json", "{}")
                .bytes());

    assertThat(result.refused()).isTrue();
    assertThat(result.problems()).extracting(Problem::where).containsExactly("quizzes 2");
  }

  @Test
  void anArchiveWithoutQuizzesReadsAsBefore() {
    ImportResult result =
        reader.read(
            TestZips.with(
                    "manifest.json",
                    TestZips.manifest(1, "{\"type\": \"quiz\", \"quizRef\": \"quiz:42\"}"))
                .bytes());

    assertThat(result.problems()).isEmpty();
    assertThat(result.archive().quizzes()).isEqualTo(List.of());
    assertThat(result.archive().quizFile("quiz:42")).isEmpty();
  }
}
