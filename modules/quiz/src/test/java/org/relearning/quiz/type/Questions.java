package org.relearning.quiz.type;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;

/** Builds questions as the database would hand them over: with ids on the question and options. */
final class Questions {

  private static final AtomicLong NEXT_ID = new AtomicLong(1000);

  private Questions() {}

  /** A question whose options alternate text and correctness: {@code "a", true, "b", false}. */
  static Question of(String type, Object... textAndCorrect) {
    Question q = new Quiz(1L, 1L, 1L, "แบบทดสอบขนมไทย", 60).addQuestion(type, "คำถาม", 1);
    for (int i = 0; i < textAndCorrect.length; i += 2) {
      q.addChoice((String) textAndCorrect[i], (Boolean) textAndCorrect[i + 1]);
    }
    return withIds(q);
  }

  /** A question whose options are all marked correct (accepted answers, pairs, ordered items). */
  static Question allCorrect(String type, String... texts) {
    Question q = new Quiz(1L, 1L, 1L, "แบบทดสอบขนมไทย", 60).addQuestion(type, "คำถาม", 1);
    for (String t : texts) {
      q.addChoice(t, true);
    }
    return withIds(q);
  }

  static Question withIds(Question q) {
    setId(q, NEXT_ID.getAndIncrement());
    for (Choice c : q.getChoices()) {
      setId(c, NEXT_ID.getAndIncrement());
    }
    return q;
  }

  static long id(Question q, int index) {
    return q.getChoices().get(index).getId();
  }

  /** The ids of the options at these indexes, comma-separated. */
  static String ids(Question q, int... indexes) {
    return java.util.Arrays.stream(indexes)
        .mapToObj(i -> String.valueOf(id(q, i)))
        .collect(Collectors.joining(","));
  }

  static List<Long> allIds(Question q) {
    return q.getChoices().stream().map(Choice::getId).toList();
  }

  private static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
