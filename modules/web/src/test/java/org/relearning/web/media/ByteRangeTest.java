package org.relearning.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relearning.web.media.ByteRange.Answer;
import org.relearning.web.media.ByteRange.Parsed;

class ByteRangeTest {

  private static final long SIZE = 1000;

  private static Parsed parse(String header) {
    return ByteRange.parse(header, SIZE);
  }

  private static Parsed partial(long start, long end) {
    return new Parsed(Answer.PARTIAL, new ByteRange(start, end));
  }

  @Test
  void aClosedRangeIsSentAsAsked() {
    assertThat(parse("bytes=0-99")).isEqualTo(partial(0, 99));
    assertThat(parse("bytes=500-500")).isEqualTo(partial(500, 500));
    assertThat(parse("bytes=900-5000")).isEqualTo(partial(900, 999));
    assertThat(parse("bytes=0-99").range().length()).isEqualTo(100);
    assertThat(parse("bytes=0-99").range().contentRange(SIZE)).isEqualTo("bytes 0-99/1000");
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertThat(parse("bytes=100-")).isEqualTo(partial(100, 999));
    assertThat(parse("bytes=0-")).isEqualTo(partial(0, 999));
  }

  @Test
  void aSuffixRangeIsTheLastBytes() {
    assertThat(parse("bytes=-100")).isEqualTo(partial(900, 999));
    assertThat(parse("bytes=-5000")).isEqualTo(partial(0, 999));
  }

  @Test
  void rangesOutsideTheFileAreUnsatisfiable() {
    assertThat(parse("bytes=1000-").answer()).isEqualTo(Answer.UNSATISFIABLE);
    assertThat(parse("bytes=1000-1100").answer()).isEqualTo(Answer.UNSATISFIABLE);
    assertThat(parse("bytes=-0").answer()).isEqualTo(Answer.UNSATISFIABLE);
    assertThat(ByteRange.parse("bytes=0-", 0).answer()).isEqualTo(Answer.UNSATISFIABLE);
  }

  @Test
  void headersThatAreNotOneRangeGiveTheWholeFile() {
    assertThat(parse(null).answer()).isEqualTo(Answer.WHOLE);
    assertThat(parse("bytes=0-1,5-6").answer()).isEqualTo(Answer.WHOLE);
    assertThat(parse("bytes=9-1").answer()).isEqualTo(Answer.WHOLE);
    assertThat(parse("items=0-1").answer()).isEqualTo(Answer.WHOLE);
    assertThat(parse("bytes=-").answer()).isEqualTo(Answer.WHOLE);
    assertThat(parse("bytes=99999999999999999999-").answer()).isEqualTo(Answer.WHOLE);
  }

  @Test
  void etagsMatchStrongWeakListedOrAny() {
    assertThat(MediaServlet.matches("\"abc\"", "\"abc\"")).isTrue();
    assertThat(MediaServlet.matches("W/\"abc\"", "\"abc\"")).isTrue();
    assertThat(MediaServlet.matches("\"x\", \"abc\"", "\"abc\"")).isTrue();
    assertThat(MediaServlet.matches("*", "\"abc\"")).isTrue();
    assertThat(MediaServlet.matches("\"x\"", "\"abc\"")).isFalse();
    assertThat(MediaServlet.matches(null, "\"abc\"")).isFalse();
  }
}
