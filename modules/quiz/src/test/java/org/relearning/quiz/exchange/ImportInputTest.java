package org.relearning.quiz.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportInputTest {

  @Test
  void refusesTextOverTwoMegabytes() {
    String big = "x".repeat(ImportInput.MAX_BYTES + 1);
    assertThat(GiftReader.read(big).skipped())
        .extracting(Skipped::line, Skipped::reasonKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, ImportInput.TOO_LARGE));
    assertThat(AikenReader.read(big).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_LARGE);
  }

  @Test
  void countsBytesNotCharacters() {
    // a Thai character is three bytes in UTF-8: 700,000 of them are 2.1 MB in 700,000 chars
    String thai = "ก".repeat(700_000);
    assertThat(GiftReader.read(thai).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_LARGE);
    assertThat(ImportInput.checkSize("ก".repeat(699_050))).isEmpty();
    assertThat(ImportInput.checkSize("😀".repeat(ImportInput.MAX_BYTES / 4))).isEmpty();
    assertThat(ImportInput.checkSize("😀".repeat(ImportInput.MAX_BYTES / 4) + "x")).isPresent();
  }

  @Test
  void stopsReadingAnEndlessStreamAtTheLimit() {
    AtomicLong served = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served.incrementAndGet();
            return 'x';
          }
        };
    ImportReport report = GiftReader.read(endless);
    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_LARGE);
    assertThat(served.get()).isEqualTo(ImportInput.MAX_BYTES + 1L);
  }

  @Test
  void refusesStreamsThatAreNotUtf8() {
    byte[] latin1 = {'c', 'r', (byte) 0xE8, 'm', 'e'};
    assertThat(AikenReader.read(new ByteArrayInputStream(latin1)).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.NOT_UTF8);
  }

  @Test
  void acceptsFiveThousandQuestionsAndRefusesOneMore() {
    String one = "ขนมชั้นมีกี่ชั้น? {#9}\n\n";
    assertThat(GiftReader.read(one.repeat(ImportInput.MAX_QUESTIONS)).imported())
        .hasSize(ImportInput.MAX_QUESTIONS);
    ImportReport refused = GiftReader.read(one.repeat(ImportInput.MAX_QUESTIONS + 1));
    assertThat(refused.imported()).isEmpty();
    assertThat(refused.skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_MANY_QUESTIONS);

    String aiken = "ค?\nA. ก\nB. ข\nANSWER: A\n";
    assertThat(AikenReader.read(aiken.repeat(ImportInput.MAX_QUESTIONS)).imported())
        .hasSize(ImportInput.MAX_QUESTIONS);
    assertThat(AikenReader.read(aiken.repeat(ImportInput.MAX_QUESTIONS + 1)).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_MANY_QUESTIONS);
  }

  @Test
  void brokenQuestionsCountTowardsTheLimitToo() {
    String broken = "ไม่มีคำตอบ\n\n";
    assertThat(GiftReader.read(broken.repeat(ImportInput.MAX_QUESTIONS + 1)).skipped())
        .extracting(Skipped::reasonKey)
        .containsExactly(ImportInput.TOO_MANY_QUESTIONS);
  }
}
