package org.relearning.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a quiz is taken. {@code perPage} 0 puts every question on one page; {@code timeLimitMinutes}
 * null means no limit; {@code opensAt}/{@code closesAt} null mean always open; {@code
 * attemptsAllowed} 0 means no limit.
 */
public record QuizSettings(
    String title,
    int passMark,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    int perPage,
    boolean sequential,
    Integer timeLimitMinutes,
    Instant opensAt,
    Instant closesAt,
    int attemptsAllowed,
    GradingMethod gradingMethod,
    Set<ReviewItem> reviewAfterSubmit,
    Set<ReviewItem> reviewAfterClose)
    implements Serializable {

  public QuizSettings {
    reviewAfterSubmit =
        reviewAfterSubmit.isEmpty()
            ? EnumSet.noneOf(ReviewItem.class)
            : EnumSet.copyOf(reviewAfterSubmit);
    reviewAfterClose =
        reviewAfterClose.isEmpty()
            ? EnumSet.noneOf(ReviewItem.class)
            : EnumSet.copyOf(reviewAfterClose);
  }

  /** Plain defaults: one page, no limits, highest grade, full review right after submitting. */
  public static QuizSettings defaults(String title, int passMark) {
    return new QuizSettings(
        title,
        passMark,
        false,
        false,
        0,
        false,
        null,
        null,
        null,
        0,
        GradingMethod.HIGHEST,
        EnumSet.allOf(ReviewItem.class),
        EnumSet.allOf(ReviewItem.class));
  }

  /** The same settings with what review shows right after submitting and after closing. */
  public QuizSettings withReview(Set<ReviewItem> afterSubmit, Set<ReviewItem> afterClose) {
    return new QuizSettings(
        title,
        passMark,
        shuffleQuestions,
        shuffleOptions,
        perPage,
        sequential,
        timeLimitMinutes,
        opensAt,
        closesAt,
        attemptsAllowed,
        gradingMethod,
        afterSubmit,
        afterClose);
  }

  public QuizSettings withTitle(String newTitle, int newPassMark) {
    return new QuizSettings(
        newTitle,
        newPassMark,
        shuffleQuestions,
        shuffleOptions,
        perPage,
        sequential,
        timeLimitMinutes,
        opensAt,
        closesAt,
        attemptsAllowed,
        gradingMethod,
        reviewAfterSubmit,
        reviewAfterClose);
  }
}
