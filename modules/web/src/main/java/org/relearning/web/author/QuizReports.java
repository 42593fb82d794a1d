package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.AttemptResult;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.stats.AttemptRecord;
import org.relearning.quiz.stats.AttemptsCsv;
import org.relearning.quiz.stats.SlotRecord;
import org.relearning.web.support.Messages;

/**
 * A quiz's submitted attempts as the results page, the statistics and the spreadsheet read them:
 * learners named in the reader's language (looked up all at once), choices as option keys.
 */
@ApplicationScoped
public class QuizReports {

  @EJB private QuizService quizzes;
  @EJB private AccountService accounts;

  /** The attempts and the option texts of their choice questions, for one reader. */
  public record Report(List<AttemptRecord> attempts, Map<Long, Map<String, String>> options) {}

  /** The quiz's submitted attempts, for an author of its course (the service checks). */
  public Report report(long quizId, Locale locale) {
    List<AttemptResult> results = quizzes.results(quizId);
    Map<Long, Map<String, String>> options =
        results.isEmpty() ? Map.of() : quizzes.optionTexts(quizId);
    Set<Long> people = new LinkedHashSet<>();
    results.forEach(r -> people.add(r.attempt().getAccountId()));
    Map<Long, String> names = new HashMap<>();
    for (Account a : accounts.byIds(people)) {
      names.put(a.getId(), a.name(locale));
    }
    List<AttemptRecord> records = new ArrayList<>();
    for (AttemptResult r : results) {
      Attempt a = r.attempt();
      List<SlotRecord> slots = new ArrayList<>();
      for (AttemptResult.Item item : r.items()) {
        slots.add(
            new SlotRecord(
                item.questionId(),
                item.questionName(),
                item.points(),
                item.fraction() == null ? null : Math.max(0, Math.min(1, item.fraction())),
                chosen(item.response(), options.get(item.questionId()))));
      }
      records.add(
          new AttemptRecord(
              a.getId(),
              a.getAccountId(),
              names.getOrDefault(a.getAccountId(), ""),
              a.getAttemptNo(),
              a.getStartedAt(),
              a.getSubmittedAt(),
              a.getScorePercent(),
              a.getPassed(),
              slots));
    }
    return new Report(records, options);
  }

  /** The option keys of a choice question's response; none for other questions. */
  static List<String> chosen(String response, Map<String, String> options) {
    if (response == null || options == null || options.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (String token : response.split(",", 101)) {
      String key = token.strip();
      if (options.containsKey(key) && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The attempts as a spreadsheet download: UTF-8 with a byte order mark, labels translated. */
  public byte[] csv(List<AttemptRecord> attempts, Locale locale) {
    AttemptsCsv csv =
        new AttemptsCsv(
            List.of(
                Messages.text(locale, "results.learner"),
                Messages.text(locale, "results.attemptNo"),
                Messages.text(locale, "results.started"),
                Messages.text(locale, "results.submitted"),
                Messages.text(locale, "results.score"),
                Messages.text(locale, "results.passed")),
            Messages.text(locale, "results.yes"),
            Messages.text(locale, "results.no"),
            Messages.text(locale, "results.notGraded"),
            Clocks.ZONE);
    return csv.toUtf8WithBom(attempts);
  }
}
