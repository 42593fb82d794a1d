package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseDetails;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.account.Profile;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.EnrolmentsForReports;
import org.relearning.learning.LearningService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.web.report.GroupBy;
import org.relearning.web.report.ImpactReport;
import org.relearning.web.report.ImpactReports;
import org.relearning.web.report.ReportFiles;
import org.relearning.web.report.ReportRequest;
import org.relearning.web.report.ReportRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The impact reports inside the real server and database, on a library built for the test: four
 * learners (two who consented to statistics with an age group and an occupation, one who gave an
 * age group without consent, one who gave nothing), two courses in two career fields, a quiz failed
 * and passed, two completions with their certificates, and one enrolment moved to last month. Every
 * grouping gives exact numbers; another library's administrator, an instructor and a learner are
 * refused; the CSV and XLSX files hold the numbers of the report.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private LearningService learning;
  @Inject private ImpactReports reports;
  @Inject private EnrolmentsForReports learningFacts;

  @Resource private UserTransaction tx;

  @PersistenceContext(unitName = "identity")
  private EntityManager identity;

  @PersistenceContext(unitName = "learning")
  private EntityManager learningStore;

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale TH = Locale.forLanguageTag("th");

  /** The library of the test, its administrator and the other people and things in it. */
  private record World(
      long library,
      long otherLibrary,
      Caller admin,
      Caller otherAdmin,
      Caller instructor,
      Caller learner,
      long cooking,
      long weaving,
      String cookingTitle,
      String carpenter,
      String farmer) {}

  private World world() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6);
    long library =
        libraries.create("R" + s, "ห้องสมุดรายงาน " + s, "Report Library " + s, "น่าน").getId();
    long other =
        libraries.create("Q" + s, "ห้องสมุดอื่น " + s, "Other Library " + s, "แพร่").getId();
    Caller admin = Caller.of(person("ra-" + s, Role.LIBRARY_ADMIN, library));
    Caller otherAdmin = Caller.of(person("rb-" + s, Role.LIBRARY_ADMIN, other));
    Caller instructor = Caller.of(person("ri-" + s, Role.INSTRUCTOR, library));
    String carpenter = "ช่างไม้ " + s;
    String farmer = "เกษตรกร " + s;
    Account youth = person("r1-" + s, Role.LEARNER, library);
    Account retiree = person("r2-" + s, Role.LEARNER, library);
    Account withoutConsent = person("r3-" + s, Role.LEARNER, library);
    Account silent = person("r4-" + s, Role.LEARNER, library);
    Account elsewhere = person("r5-" + s, Role.LEARNER, other);
    profile(youth, new Profile(AgeGroup.YOUTH, carpenter, "น่าน", true));
    profile(retiree, new Profile(AgeGroup.RETIREE, farmer, null, true));
    profile(withoutConsent, new Profile(AgeGroup.STUDENT, "นักเรียน", null, false));
    profile(silent, new Profile(null, null, null, true));

    String cookingTitle = "ขนมไทย " + s;
    long[] cooking = quizCourse(instructor, library, cookingTitle, CourseCategory.FOOD_DESSERTS);
    long[] weaving = textCourse(instructor, library, "จักสาน " + s, CourseCategory.CRAFTS);
    Caller otherInstructor = Caller.of(person("rj-" + s, Role.INSTRUCTOR, other));
    long[] far = textCourse(otherInstructor, other, "ที่อื่น " + s, CourseCategory.CRAFTS);

    // youth: fails the quiz, then passes it and completes (certificate); grade 100 (highest)
    callers.as(
        Caller.of(youth),
        () -> {
          learning.enrol(cooking[0]);
          learning.completeLesson(cooking[0], cooking[1]);
          answer(cooking, false);
          answer(cooking, true);
          return null;
        });
    // retiree: does the lesson, fails the quiz; grade 0
    callers.as(
        Caller.of(retiree),
        () -> {
          learning.enrol(cooking[0]);
          learning.completeLesson(cooking[0], cooking[1]);
          answer(cooking, false);
          return null;
        });
    // without consent: completes the text course (certificate)
    callers.as(
        Caller.of(withoutConsent),
        () -> {
          learning.enrol(weaving[0]);
          return learning.completeLesson(weaving[0], weaving[1]);
        });
    // silent: enrols only, last month
    callers.as(Caller.of(silent), () -> learning.enrol(weaving[0]));
    moveEnrolmentToLastMonth(silent.getId(), weaving[0]);
    callers.as(Caller.of(elsewhere), () -> learning.enrol(far[0]));

    return new World(
        library,
        other,
        admin,
        otherAdmin,
        instructor,
        Caller.of(youth),
        cooking[0],
        weaving[0],
        cookingTitle,
        carpenter,
        farmer);
  }

  private Account person(String username, Role role, long library) {
    return accounts.create(username, "pw-" + username, "คน " + username, username, role, library);
  }

  private void profile(Account account, Profile profile) throws Exception {
    tx.begin();
    identity.find(Account.class, account.getId()).setProfile(profile);
    tx.commit();
  }

  /**
   * A published course of one text lesson and a one-question quiz: {course, lesson, quiz, question,
   * right choice, wrong choice}.
   */
  private long[] quizCourse(Caller instructor, long library, String title, CourseCategory field) {
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, title, null);
          categorise(course, field);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson text = courses.addLesson(section.getId(), "อ่าน");
          courses.saveLessonText(text.getId(), "<p>ขนม</p>");
          Quiz quiz = quizzes.create(course.getId(), "แบบทดสอบ", 60);
          Lesson quizLesson = courses.addLesson(section.getId(), "แบบทดสอบ");
          courses.placeQuiz(quizLesson.getId(), quiz.getId());
          Question q = quizzes.addTrueFalse(quiz.getId(), "ขนมชั้นมีเก้าชั้น", true);
          long[] ids = {course.getId(), text.getId(), quiz.getId(), q.getId(), 0, 0};
          for (Choice c : q.getChoices()) {
            ids[c.isCorrect() ? 4 : 5] = c.getId();
          }
          courses.publish(course.getId());
          return ids;
        });
  }

  /** A published course of one text lesson: {course, lesson}. */
  private long[] textCourse(Caller instructor, long library, String title, CourseCategory field) {
    return callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, title, null);
          categorise(course, field);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson text = courses.addLesson(section.getId(), "อ่าน");
          courses.saveLessonText(text.getId(), "<p>สาน</p>");
          courses.publish(course.getId());
          return new long[] {course.getId(), text.getId()};
        });
  }

  private void categorise(Course course, CourseCategory field) {
    CourseDetails d = CourseDetails.of(course);
    courses.updateDetails(
        course.getId(),
        new CourseDetails(
            d.title(), d.summary(), field, d.level(), d.estimatedHours(), d.language(), d.tags()));
  }

  private void answer(long[] course, boolean right) {
    Attempt attempt = quizzes.start(course[2]);
    quizzes.saveAnswer(attempt.getId(), course[3], String.valueOf(right ? course[4] : course[5]));
    quizzes.submit(attempt.getId());
  }

  private void moveEnrolmentToLastMonth(long accountId, long courseId) throws Exception {
    Instant lastMonth =
        YearMonth.now(Clocks.ZONE)
            .minusMonths(1)
            .atDay(15)
            .atTime(12, 0)
            .atZone(Clocks.ZONE)
            .toInstant();
    tx.begin();
    learningStore
        .createQuery(
            "UPDATE Enrolment e SET e.enrolledAt = :at"
                + " WHERE e.accountId = :account AND e.courseId = :course")
        .setParameter("at", lastMonth)
        .setParameter("account", accountId)
        .setParameter("course", courseId)
        .executeUpdate();
    tx.commit();
  }

  /** The last three months, the test's library, grouped as asked. */
  private static ReportRequest request(World w, GroupBy by) {
    YearMonth now = YearMonth.now(Clocks.ZONE);
    return new ReportRequest(now.minusMonths(2), now, w.library(), by);
  }

  private ImpactReport read(Caller who, ReportRequest request, Locale locale) {
    return callers.as(who, () -> reports.report(request, locale));
  }

  private static Map<String, ReportRow> byKey(ImpactReport report) {
    return report.rows().stream()
        .collect(Collectors.toMap(ReportRow::key, Function.identity(), (a, b) -> a));
  }

  /** enrolments, completions, rate, certificates, average score, active learners. */
  private static void assertRow(
      ReportRow row, long e, long c, String rate, long certs, String score, long active) {
    assertEquals(
        List.of(e, c, rate, certs, score, active),
        List.of(
            row.enrolments(),
            row.completions(),
            ReportRow.percent(row.completionRate()),
            row.certificates(),
            ReportRow.percent(row.averageScore()),
            row.activeLearners()),
        row.label());
  }

  @Test
  void everyGroupingGivesTheExactNumbersAndTheSameTotal() throws Exception {
    World w = world();
    for (GroupBy by : GroupBy.values()) {
      assertRow(read(w.admin(), request(w, by), EN).total(), 4, 2, "50.0", 2, "50.0", 4);
    }

    Map<String, ReportRow> perCourse = byKey(read(w.admin(), request(w, GroupBy.COURSE), TH));
    assertEquals(2, perCourse.size(), perCourse::toString);
    ReportRow cooking = perCourse.get(String.valueOf(w.cooking()));
    assertEquals(w.cookingTitle(), cooking.label());
    assertRow(cooking, 2, 1, "50.0", 1, "50.0", 2);
    assertRow(perCourse.get(String.valueOf(w.weaving())), 2, 1, "50.0", 1, "", 2);

    ImpactReport fields = read(w.admin(), request(w, GroupBy.CATEGORY), EN);
    assertRow(byKey(fields).get("FOOD_DESSERTS"), 2, 1, "50.0", 1, "50.0", 2);
    assertRow(byKey(fields).get("CRAFTS"), 2, 1, "50.0", 1, "", 2);
    assertEquals("Crafts", byKey(fields).get("CRAFTS").label());

    ImpactReport ages = read(w.admin(), request(w, GroupBy.AGE_GROUP), EN);
    assertEquals(
        List.of("YOUTH", "STUDENT", "WORKING_AGE", "RETIREE", ImpactReports.NOT_GIVEN),
        ages.rows().stream().map(ReportRow::key).toList(),
        "every age group, then not given");
    assertRow(byKey(ages).get("YOUTH"), 1, 1, "100.0", 1, "100.0", 1);
    assertRow(byKey(ages).get("STUDENT"), 0, 0, "", 0, "", 0);
    assertRow(byKey(ages).get("RETIREE"), 1, 0, "0.0", 0, "0.0", 1);
    ReportRow notGiven = byKey(ages).get(ImpactReports.NOT_GIVEN);
    assertRow(notGiven, 2, 1, "50.0", 1, "", 2);
    assertEquals("Not given", notGiven.label(), "no consent counts as not given");

    ImpactReport jobs = read(w.admin(), request(w, GroupBy.OCCUPATION), TH);
    assertEquals(3, jobs.rows().size(), jobs.rows()::toString);
    assertRow(byKey(jobs).get(w.carpenter()), 1, 1, "100.0", 1, "100.0", 1);
    assertRow(byKey(jobs).get(w.farmer()), 1, 0, "0.0", 0, "0.0", 1);
    assertRow(byKey(jobs).get(ImpactReports.NOT_GIVEN), 2, 1, "50.0", 1, "", 2);
    assertEquals("ไม่ได้ระบุ", jobs.rows().get(2).label(), "not given comes last");

    ImpactReport months = read(w.admin(), request(w, GroupBy.MONTH), TH);
    YearMonth now = YearMonth.now(Clocks.ZONE);
    assertEquals(
        List.of(now.minusMonths(2).toString(), now.minusMonths(1).toString(), now.toString()),
        months.rows().stream().map(ReportRow::key).toList(),
        "every month of the period, in order");
    assertRow(months.rows().get(0), 0, 0, "", 0, "", 0);
    assertRow(months.rows().get(1), 1, 0, "0.0", 0, "", 1);
    assertRow(months.rows().get(2), 3, 2, "66.7", 2, "50.0", 3);
    assertEquals(ImpactReports.month(now, TH), months.rows().get(2).label());
    assertTrue(
        months.rows().get(2).label().contains(String.valueOf(now.getYear() + 543)),
        "Buddhist era in Thai: " + months.rows().get(2).label());

    ImpactReport thisMonth =
        read(w.admin(), new ReportRequest(now, now, null, GroupBy.LIBRARY), EN);
    assertEquals(1, thisMonth.rows().size(), "an administrator's own library only");
    assertRow(thisMonth.total(), 3, 2, "66.7", 2, "50.0", 3);
  }

  @Test
  void onlyAdministratorsReadReportsAndOnlyOfTheirOwnLibrary() throws Exception {
    World w = world();
    ReportRequest mine = request(w, GroupBy.LIBRARY);
    ReportRequest forged =
        new ReportRequest(mine.from(), mine.to(), w.otherLibrary(), GroupBy.LIBRARY);
    assertThrows(AccessDeniedException.class, () -> read(w.admin(), forged, EN));
    assertThrows(AccessDeniedException.class, () -> read(w.otherAdmin(), mine, EN));
    assertThrows(AccessDeniedException.class, () -> read(w.instructor(), mine, EN));
    assertThrows(AccessDeniedException.class, () -> read(w.learner(), mine, EN));
    assertThrows(
        AccessDeniedException.class,
        () -> callers.as(w.learner(), () -> learningFactsOf(w.library())),
        "the module's own read query refuses too");

    ImpactReport theirs = read(w.otherAdmin(), forged, EN);
    assertRow(theirs.total(), 1, 0, "0.0", 0, "", 1);

    ImpactReport everyLibrary =
        callers.asSystem(
            () ->
                reports.report(
                    new ReportRequest(mine.from(), mine.to(), null, GroupBy.LIBRARY), EN));
    Map<String, ReportRow> rows = byKey(everyLibrary);
    assertRow(rows.get(String.valueOf(w.library())), 4, 2, "50.0", 2, "50.0", 4);
    assertTrue(rows.get(String.valueOf(w.library())).label().startsWith("Report Library "));
    assertRow(rows.get(String.valueOf(w.otherLibrary())), 1, 0, "0.0", 0, "", 1);
    assertRow(callers.asSystem(() -> reports.report(mine, EN)).total(), 4, 2, "50.0", 2, "50.0", 4);

    YearMonth now = YearMonth.now(Clocks.ZONE);
    BusinessException backwards =
        assertThrows(
            BusinessException.class,
            () -> new ReportRequest(now, now.minusMonths(1), null, GroupBy.MONTH));
    assertEquals("report.error.period", backwards.messageKey());
  }

  private Object learningFactsOf(long library) {
    return learningFacts.enrolments(library, Instant.EPOCH, Instant.now());
  }

  @Test
  void theCsvAndXlsxFilesHoldTheNumbersOfTheReport() throws Exception {
    World w = world();
    for (GroupBy by : List.of(GroupBy.AGE_GROUP, GroupBy.COURSE, GroupBy.MONTH)) {
      ImpactReport report = read(w.admin(), request(w, by), TH);
      List<List<String>> expected = new ArrayList<>();
      expected.add(ReportFiles.headers(report, TH));
      List<ReportRow> rows = new ArrayList<>(report.rows());
      rows.add(report.total());
      for (ReportRow r : rows) {
        expected.add(
            List.of(
                r.label(),
                String.valueOf(r.enrolments()),
                String.valueOf(r.completions()),
                ReportRow.percent(r.completionRate()),
                String.valueOf(r.certificates()),
                ReportRow.percent(r.averageScore()),
                String.valueOf(r.activeLearners())));
      }
      assertEquals(expected, csv(ReportFiles.csv(report, TH)), "CSV of " + by);
      assertEquals(expected, xlsx(ReportFiles.xlsx(report, TH)), "XLSX of " + by);
    }
  }

  /** The CSV's records, after checking it starts with a byte order mark for Excel. */
  private static List<List<String>> csv(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0), "UTF-8 with a byte order mark");
    List<List<String>> records = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      records.add(r.toList());
    }
    return records;
  }

  /**
   * The XLSX's cells as the CSV writes them: counts as whole numbers, percentages to 0.1. Read from
   * the sheet's XML, as the test runs inside the server, where no spreadsheet library is deployed;
   * {@code SpreadsheetTest} reads the same kind of file with Apache POI.
   */
  private static List<List<String>> xlsx(byte[] file) throws Exception {
    byte[] sheetXml = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheetXml = zip.readAllBytes();
        }
      }
    }
    assertTrue(sheetXml != null, "the workbook has a first sheet");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document sheet = factory.newDocumentBuilder().parse(new ByteArrayInputStream(sheetXml));
    List<List<String>> records = new ArrayList<>();
    NodeList rows = sheet.getElementsByTagNameNS("*", "row");
    for (int r = 0; r < rows.getLength(); r++) {
      List<String> cells = new ArrayList<>(List.of("", "", "", "", "", "", ""));
      NodeList cs = ((Element) rows.item(r)).getElementsByTagNameNS("*", "c");
      for (int c = 0; c < cs.getLength(); c++) {
        Element cell = (Element) cs.item(c);
        int i = cell.getAttribute("r").replaceAll("[0-9]", "").charAt(0) - 'A';
        NodeList values = cell.getElementsByTagNameNS("*", "v");
        if ("inlineStr".equals(cell.getAttribute("t"))) {
          cells.set(i, cell.getElementsByTagNameNS("*", "t").item(0).getTextContent());
        } else if (values.getLength() > 0) {
          BigDecimal v = new BigDecimal(values.item(0).getTextContent());
          if (i == 3 || i == 5) {
            cells.set(i, v.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
          } else {
            // a count is a whole number: longValueExact throws on a fraction
            cells.set(i, String.valueOf(v.stripTrailingZeros().longValueExact()));
          }
        }
      }
      records.add(cells);
    }
    return records;
  }
}
