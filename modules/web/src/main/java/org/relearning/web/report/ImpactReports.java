package org.relearning.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relearning.certificate.CertificatesForReports;
import org.relearning.certificate.CertificatesForReports.IssuedFact;
import org.relearning.course.CoursesForReports;
import org.relearning.course.CoursesForReports.CourseFact;
import org.relearning.identity.access.ReportScope;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.EnrolmentsForReports;
import org.relearning.learning.EnrolmentsForReports.EnrolmentFact;
import org.relearning.learning.EnrolmentsForReports.LessonFact;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.AttemptsForReports;
import org.relearning.quiz.AttemptsForReports.AttemptFact;
import org.relearning.web.report.ReportTally.Event;
import org.relearning.web.support.Messages;

/**
 * The impact reports: reads the period's facts through each owning module's read query, counts them
 * into the groups asked for ({@link ReportTally}) and names the rows in the reader's language. The
 * page and both exports take their numbers from here, so they cannot differ.
 *
 * <p>A library administrator reads their own library only, the system administrator every library
 * or one; anyone else is refused ({@link ReportScope}, asked again by every read query).
 *
 * <p>Age group and occupation are counted only for people who consented to statistics; everyone
 * else (and whoever gave none) falls into the row "not given", so every grouping adds up to the
 * same enrolments.
 */
@ApplicationScoped
public class ImpactReports {

  /** The key of the row of people who gave no age group or occupation (or no consent). */
  public static final String NOT_GIVEN = "";

  private static final Locale THAI_BUDDHIST = Locale.forLanguageTag("th-TH-u-ca-buddhist");

  @Inject private ReportScope scope;
  @EJB private EnrolmentsForReports enrolments;
  @EJB private AttemptsForReports attempts;
  @EJB private CertificatesForReports certificates;
  @EJB private CoursesForReports courses;
  @EJB private AccountService accounts;
  @EJB private LibraryService libraries;

  public ImpactReport report(ReportRequest request, Locale locale) {
    Long library = scope.libraryFor(request.libraryId());
    List<EnrolmentFact> enrolled = enrolments.enrolments(library, request.start(), request.end());
    List<LessonFact> lessons = enrolments.lessonsDone(library, request.start(), request.end());
    List<AttemptFact> handedIn = attempts.handedIn(library, request.start(), request.end());
    List<IssuedFact> issued = certificates.issued(library, request.start(), request.end());

    Set<Long> courseIds = new HashSet<>();
    Set<Long> people = new HashSet<>();
    enrolled.forEach(e -> remember(courseIds, people, e.courseId(), e.accountId()));
    lessons.forEach(e -> remember(courseIds, people, e.courseId(), e.accountId()));
    handedIn.forEach(e -> remember(courseIds, people, e.courseId(), e.accountId()));
    issued.forEach(e -> remember(courseIds, people, e.courseId(), e.accountId()));
    Names names = new Names(request.groupBy(), courseIds, people, locale);

    List<String> keys = new ArrayList<>();
    if (request.groupBy() == GroupBy.MONTH) {
      for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
        keys.add(m.toString());
      }
    } else if (request.groupBy() == GroupBy.AGE_GROUP) {
      for (AgeGroup g : AgeGroup.values()) {
        keys.add(g.name());
      }
      keys.add(NOT_GIVEN);
    }
    ReportTally tally =
        new ReportTally(request, names::keyOf, keys)
            .enrolments(enrolled)
            .lessons(lessons)
            .attempts(handedIn)
            .certificates(issued);
    List<ReportRow> rows = new ArrayList<>(tally.rows(names::label));
    if (keys.isEmpty()) {
      Collator collator = Collator.getInstance(locale);
      rows.sort(
          Comparator.comparing((ReportRow r) -> r.key().equals(NOT_GIVEN))
              .thenComparing(ReportRow::label, collator));
    }
    return new ImpactReport(request, rows, tally.total(Messages.text(locale, "report.total")));
  }

  private static void remember(Set<Long> courseIds, Set<Long> people, long course, long account) {
    courseIds.add(course);
    people.add(account);
  }

  /** The groups facts fall into, and the groups' names in one language. */
  private final class Names {
    private final GroupBy groupBy;
    private final Locale locale;
    private final Map<Long, CourseFact> courseById = new HashMap<>();
    private final Map<Long, Account> personById = new HashMap<>();
    private final Map<Long, Library> libraryById = new HashMap<>();

    Names(GroupBy groupBy, Set<Long> courseIds, Set<Long> people, Locale locale) {
      this.groupBy = groupBy;
      this.locale = locale;
      switch (groupBy) {
        case COURSE, CATEGORY -> courses.courses(courseIds).forEach(c -> courseById.put(c.id(), c));
        case AGE_GROUP, OCCUPATION ->
            accounts.byIds(people).forEach(a -> personById.put(a.getId(), a));
        case LIBRARY -> libraries.all().forEach(l -> libraryById.put(l.getId(), l));
        case MONTH -> {}
      }
    }

    String keyOf(Event e) {
      return switch (groupBy) {
        case LIBRARY -> String.valueOf(e.libraryId());
        case COURSE -> String.valueOf(e.courseId());
        case CATEGORY -> {
          CourseFact c = courseById.get(e.courseId());
          yield c == null || c.category() == null ? "OTHER" : c.category().name();
        }
        case AGE_GROUP -> {
          Account a = consenting(e.accountId());
          yield a == null || a.getAgeGroup() == null ? NOT_GIVEN : a.getAgeGroup().name();
        }
        case OCCUPATION -> {
          Account a = consenting(e.accountId());
          yield a == null || a.getOccupation() == null ? NOT_GIVEN : a.getOccupation();
        }
        case MONTH -> YearMonth.from(e.at().atZone(Clocks.ZONE)).toString();
      };
    }

    private Account consenting(long accountId) {
      Account a = personById.get(accountId);
      return a != null && a.isStatisticsConsent() ? a : null;
    }

    String label(String key) {
      if (key.equals(NOT_GIVEN)
          && (groupBy == GroupBy.AGE_GROUP || groupBy == GroupBy.OCCUPATION)) {
        return Messages.text(locale, "report.notGiven");
      }
      return switch (groupBy) {
        case LIBRARY -> {
          Library l = libraryById.get(Long.valueOf(key));
          yield l == null ? key : l.name(locale);
        }
        case COURSE -> {
          CourseFact c = courseById.get(Long.valueOf(key));
          yield c == null ? key : c.title();
        }
        case CATEGORY -> Messages.text(locale, "course.category." + key);
        case AGE_GROUP -> Messages.text(locale, "person.ageGroup." + key);
        case OCCUPATION -> key;
        case MONTH -> month(YearMonth.parse(key), locale);
      };
    }
  }

  /** "พฤศจิกายน 2569" in Thai (Buddhist era), "November 2026" in English. */
  public static String month(YearMonth month, Locale locale) {
    DateTimeFormatter format =
        Languages.isThai(locale)
            ? DateTimeFormatter.ofPattern("MMMM yyyy").localizedBy(THAI_BUDDHIST)
            : DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    return format.format(month.atDay(1));
  }
}
