package org.relearning.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.quiz.attempt.AttemptStarts.Planned;

class PaperInRowTest {

  private static final List<Planned> PAPER =
      List.of(
          new Planned(1, 41, 9001, List.of(3L, 1L, 2L)),
          new Planned(1, 4, 9002, List.of()),
          new Planned(2, 410, 9003, List.of(12L)),
          new Planned(3, 1041, 9004, List.of(7L, 5L)));

  @Test
  void aPaperReadBackFromTheRowIsThePaperWritten() {
    String row = PaperSlot.inRow(PAPER);

    List<PaperSlot> slots = PaperSlot.fromRow(77, row);

    assertThat(slots).hasSize(PAPER.size());
    for (int i = 0; i < PAPER.size(); i++) {
      PaperSlot s = slots.get(i);
      Planned p = PAPER.get(i);
      assertThat(s.getAttemptId()).isEqualTo(77L);
      assertThat(s.getPosition()).isEqualTo(i + 1);
      assertThat(s.getPage()).isEqualTo(p.page());
      assertThat(s.getQuestionId()).isEqualTo(p.questionId());
      assertThat(s.getVersionId()).isEqualTo(p.versionId());
      assertThat(s.getOptionOrder()).isEqualTo(p.optionOrder());
      assertThat(s.getFraction()).isNull();
      assertThat(s.isNeedsGrading()).isFalse();
    }
  }

  @Test
  void theQuestionsPageIsFoundWithoutTakingOneIdForAnother() {
    String row = PaperSlot.inRow(PAPER);

    assertThat(PaperSlot.pageIn(row, 41)).isEqualTo(1);
    assertThat(PaperSlot.pageIn(row, 4)).isEqualTo(1);
    assertThat(PaperSlot.pageIn(row, 410)).isEqualTo(2);
    assertThat(PaperSlot.pageIn(row, 1041)).isEqualTo(3);
    // ids that share digits with ones on the paper, and a version id, are not on it
    assertThat(PaperSlot.pageIn(row, 1)).isZero();
    assertThat(PaperSlot.pageIn(row, 104)).isZero();
    assertThat(PaperSlot.pageIn(row, 9001)).isZero();
  }

  @Test
  void anEmptyPaperAndAPaperInRowsAskNothingHere() {
    assertThat(PaperSlot.inRow(List.of())).isEmpty();
    assertThat(PaperSlot.fromRow(1, "")).isEmpty();
    assertThat(PaperSlot.pageIn("", 41)).isZero();
    assertThat(PaperSlot.pageIn(null, 41)).isZero();
  }

  @Test
  void aPaperTooLongForTheRowIsNotKeptThere() {
    List<Planned> huge = new ArrayList<>();
    List<Long> options = List.of(1_000_001L, 1_000_002L, 1_000_003L, 1_000_004L, 1_000_005L);
    for (int i = 0; i < 1000; i++) {
      huge.add(new Planned(i / 10 + 1, 500_000L + i, 900_000L + i, options));
    }

    assertThat(PaperSlot.inRow(huge)).isNull();
    assertThat(PaperSlot.inRow(huge.subList(0, 100))).hasSizeLessThan(PaperSlot.IN_ROW_MAX);
  }
}
