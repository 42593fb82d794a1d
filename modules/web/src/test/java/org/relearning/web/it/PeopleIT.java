package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.account.Profile;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryDetails;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.IssuedLink;
import org.relearning.identity.people.PasswordLinks;
import org.relearning.identity.people.PeopleService;
import org.relearning.identity.people.Registration;
import org.relearning.identity.people.imports.ImportReport;
import org.relearning.identity.people.imports.LearnerCsv;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;

/**
 * Libraries as tenants and the people in them, inside the real server and database: an
 * administrator of one library is refused everything in another by the services themselves,
 * deactivated people cannot sign in, password links work once and expire, imports report each row,
 * and learners register into the library they choose.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private PeopleService people;
  @Inject private PasswordLinks links;
  @Inject private CourseService courses;
  @Inject private AuditLog audit;
  @Inject private HttpServletRequest request;

  @Resource(lookup = "java:app/jdbc/relearn")
  private DataSource database;

  /** Two fresh libraries, each with an administrator, an instructor with a course, a learner. */
  private record Tenants(
      long a,
      long b,
      Caller adminA,
      Caller adminB,
      Account learnerA,
      Account learnerB,
      long courseB) {}

  private Tenants tenants() {
    String s = suffix();
    Library a =
        callers.asSystem(
            () ->
                libraries.add(
                    new LibraryDetails(
                        "a-" + s, "ห้องสมุดประชาชนจังหวัดน่าน " + s, "Nan " + s, "น่าน")));
    Library b =
        callers.asSystem(
            () ->
                libraries.add(
                    new LibraryDetails(
                        "b-" + s, "ห้องสมุดประชาชนจังหวัดแพร่ " + s, "Phrae " + s, "แพร่")));
    assertEquals("A-" + s.toUpperCase(), a.getCode(), "codes are upper-cased");
    Caller adminA = Caller.of(account("la-" + s, Role.LIBRARY_ADMIN, a.getId()));
    Caller adminB = Caller.of(account("lb-" + s, Role.LIBRARY_ADMIN, b.getId()));
    Account learnerA = account("sa-" + s, Role.LEARNER, a.getId());
    Account learnerB = account("sb-" + s, Role.LEARNER, b.getId());
    Caller instructorB = Caller.of(account("tb-" + s, Role.INSTRUCTOR, b.getId()));
    long courseB =
        callers.as(instructorB, () -> courses.create(b.getId(), "ผ้าทอมือ " + s, null).getId());
    return new Tenants(a.getId(), b.getId(), adminA, adminB, learnerA, learnerB, courseB);
  }

  private Account account(String username, Role role, long library) {
    return accounts.create(
        username, password(username), "ชื่อ " + username, "Name " + username, role, library);
  }

  private static String password(String username) {
    return "pw-" + username + "-long";
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLibraryAdministratorIsRefusedEverythingInAnotherLibrary() {
    Tenants t = tenants();
    callers.as(
        t.adminA(),
        () -> {
          List<String> mine =
              people.search(new PeopleService.Query(null, null), 0, 50).stream()
                  .map(Account::getUsername)
                  .toList();
          assertTrue(mine.contains(t.learnerA().getUsername()), mine.toString());
          assertFalse(mine.contains(t.learnerB().getUsername()), "nobody of library B is listed");
          assertEquals(
              mine.size(), people.count(new PeopleService.Query(null, null)), "count agrees");
          assertRefused(() -> people.search(new PeopleService.Query(null, t.b()), 0, 50));
          assertRefused(() -> people.count(new PeopleService.Query("sb-", t.b())));
          assertRefused(() -> people.get(t.learnerB().getId()));
          assertRefused(() -> people.changeRole(t.learnerB().getId(), Role.INSTRUCTOR));
          assertRefused(() -> people.setActive(t.learnerB().getId(), false));
          assertRefused(() -> people.issueResetLink(t.learnerB().getId()));
          assertRefused(() -> people.invite("x-" + suffix(), "ครู", "", Role.INSTRUCTOR, t.b()));
          assertRefused(
              () -> people.invite("x-" + suffix(), "ผู้ดูแล", "", Role.SYSTEM_ADMIN, t.a()));
          assertRefused(
              () -> people.changeRole(t.learnerA().getId(), Role.SYSTEM_ADMIN),
              "no system administrators from a library");
          assertRefused(
              () -> people.setActive(t.adminB().accountId(), false), "nor their peers elsewhere");
          assertRefused(() -> courses.archive(t.courseB()));
          assertRefused(() -> courses.getForEditing(t.courseB()));
          assertFalse(
              courses.authoredByCaller().stream()
                  .map(Course::getId)
                  .anyMatch(id -> id == t.courseB()),
              "library B's course is not among library A's");
          assertRefused(() -> libraries.add(new LibraryDetails("X-" + suffix(), "ก", "X", null)));
          assertRefused(() -> libraries.update(t.b(), new LibraryDetails("B2", "ก", "X", null)));
          return null;
        });
    assertEquals(Role.LEARNER, accounts.get(t.learnerB().getId()).getRole(), "B unchanged");
    assertTrue(accounts.get(t.learnerB().getId()).isActive());

    Account promoted =
        callers.as(t.adminA(), () -> people.changeRole(t.learnerA().getId(), Role.INSTRUCTOR));
    assertEquals(Role.INSTRUCTOR, promoted.getRole());
    List<AuditEntry> history = audit.about("account:" + t.learnerA().getId(), 10);
    assertEquals("account.roleChanged", history.get(0).getAction());
    assertEquals(t.adminA().username(), history.get(0).getActor());
    assertEquals("LEARNER -> INSTRUCTOR", history.get(0).getDetail());
  }

  @Test
  void theSystemAdministratorKeepsLibraryCodesUnique() {
    Tenants t = tenants();
    String codeOfA = libraries.get(t.a()).getCode();
    BusinessException taken =
        assertThrows(
            BusinessException.class,
            () ->
                callers.asSystem(
                    () ->
                        libraries.add(
                            new LibraryDetails(codeOfA.toLowerCase(), "ซ้ำ", "Twin", null))));
    assertEquals("library.codeTaken", taken.messageKey());
    BusinessException invalid =
        assertThrows(
            BusinessException.class,
            () ->
                callers.asSystem(
                    () -> libraries.update(t.b(), new LibraryDetails("ห้องสมุด", "ก", "X", null))));
    assertEquals("library.codeInvalid", invalid.messageKey());
    Library renamed =
        callers.asSystem(
            () ->
                libraries.update(
                    t.b(),
                    new LibraryDetails(
                        libraries.get(t.b()).getCode(), "ห้องสมุดใหม่", "New name", "แพร่")));
    assertEquals("ห้องสมุดใหม่", renamed.getNameTh());
    assertEquals("ห้องสมุดใหม่", libraries.get(t.b()).getNameTh());
  }

  @Test
  void aDeactivatedPersonCannotSignInOverTheApi() throws Exception {
    Tenants t = tenants();
    String basic = t.learnerA().getUsername() + ":" + password(t.learnerA().getUsername());
    assertEquals(200, apiStatus(basic), "an active learner signs in");
    callers.as(t.adminA(), () -> people.setActive(t.learnerA().getId(), false));
    assertEquals(401, apiStatus(basic), "deactivated");
    assertEquals(
        "account.deactivated",
        audit.about("account:" + t.learnerA().getId(), 1).get(0).getAction());
    callers.as(t.adminA(), () -> people.setActive(t.learnerA().getId(), true));
    assertEquals(200, apiStatus(basic), "reactivated");
  }

  @Test
  void aResetLinkWorksOnceAndExpires() throws Exception {
    Tenants t = tenants();
    long learner = t.learnerA().getId();
    String username = t.learnerA().getUsername();

    IssuedLink first = callers.as(t.adminA(), () -> people.issueResetLink(learner));
    IssuedLink second = callers.as(t.adminA(), () -> people.issueResetLink(learner));
    assertEquals(
        "account.resetLinkIssued", audit.about("account:" + learner, 1).get(0).getAction());
    assertTrue(links.holder(first.token()).isEmpty(), "a newer link replaces the older one");
    assertEquals(username, links.holder(second.token()).orElseThrow().getUsername());

    assertRefusedWith("account.password.tooShort", () -> links.redeem(second.token(), "short"));
    links.redeem(second.token(), "ขนมชั้นเก้าชั้น-2569");
    assertTrue(accounts.authenticate(username, "ขนมชั้นเก้าชั้น-2569").isPresent());
    assertTrue(accounts.authenticate(username, password(username)).isEmpty(), "old one gone");
    assertRefusedWith("password.link.used", () -> links.redeem(second.token(), "another-one-1"));
    assertRefusedWith("password.link.unknown", () -> links.redeem("no-such-token", "whatever-1"));

    IssuedLink third = callers.as(t.adminA(), () -> people.issueResetLink(learner));
    try (Connection c = database.getConnection();
        PreparedStatement expire =
            c.prepareStatement(
                "UPDATE IDN_PASSWORD_LINK SET EXPIRES_AT = ? WHERE ACCOUNT_ID = ?"
                    + " AND USED_AT IS NULL")) {
      expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
      expire.setLong(2, learner);
      assertEquals(1, expire.executeUpdate());
    }
    assertTrue(links.holder(third.token()).isEmpty());
    assertRefusedWith("password.link.expired", () -> links.redeem(third.token(), "too-late-123"));
    assertTrue(accounts.authenticate(username, "ขนมชั้นเก้าชั้น-2569").isPresent());
  }

  @Test
  void anImportCreatesTheGoodRowsAndReportsTheOthersByLine() {
    Tenants t = tenants();
    String s = suffix();
    String csv =
        "\uFEFFusername,name_th,name_en,age_group,occupation,province\r\n"
            + "im1-"
            + s
            + ",\"ใจดี, สมศรี\",Somsri,retiree,แม่ค้า,น่าน\r\n"
            + "im2-"
            + s
            + ",มานี มีนา,,student,,\r\n"
            + "Bad Name,ปิติ,,,,\r\n"
            + t.learnerB().getUsername()
            + ",ชูใจ,,,,\r\n"
            + "im5-"
            + s
            + ",วีระ,,astronaut,,\r\n";
    LearnerCsv.Result read = LearnerCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    ImportReport report = callers.as(t.adminA(), () -> people.importLearners(t.a(), read));

    assertEquals(2, report.created());
    assertEquals(3, report.skipped());
    assertEquals(
        List.of(2, 3, 4, 5, 6), report.lines().stream().map(ImportReport.Line::line).toList());
    assertEquals("account.username.invalid", report.lines().get(2).reasonKey());
    assertEquals("account.usernameTaken", report.lines().get(3).reasonKey());
    assertEquals("import.row.ageGroup", report.lines().get(4).reasonKey());

    Account somsri = accounts.findByUsername("im1-" + s).orElseThrow();
    assertEquals("ใจดี, สมศรี", somsri.getNameTh());
    assertEquals(t.a(), somsri.getLibraryId());
    assertEquals(Role.LEARNER, somsri.getRole());
    assertEquals(AgeGroup.RETIREE, somsri.getAgeGroup());
    assertTrue(accounts.findByUsername("im5-" + s).isEmpty(), "a skipped row creates nothing");
    assertEquals(t.b(), accounts.findByUsername(t.learnerB().getUsername()).get().getLibraryId());

    IssuedLink link = report.lines().get(0).link();
    assertNotNull(link);
    assertTrue(accounts.authenticate("im1-" + s, "").isEmpty(), "no password until the link");
    links.redeem(link.token(), "รหัสผ่านของสมศรี");
    assertTrue(accounts.authenticate("im1-" + s, "รหัสผ่านของสมศรี").isPresent());
    assertEquals("people.imported", audit.about("library:" + t.a(), 1).get(0).getAction());

    assertRefused(() -> callers.as(t.adminA(), () -> people.importLearners(t.b(), read)));
  }

  @Test
  void aLearnerRegistersIntoTheLibraryTheyChoose() {
    Tenants t = tenants();
    String username = "reg-" + suffix();
    Profile profile = new Profile(AgeGroup.WORKING_AGE, "ช่างเสริมสวย", "แพร่", true);
    Account learner =
        people.register(
            new Registration(
                " " + username.toUpperCase() + " ",
                "ขนมครก-ใบเตย",
                "บุญมี ศรีสุข",
                "Boonmee Srisuk",
                t.b(),
                profile,
                "th"));
    assertEquals(username, learner.getUsername());
    Account stored = accounts.findByUsername(username).orElseThrow();
    assertEquals(Role.LEARNER, stored.getRole());
    assertEquals(t.b(), stored.getLibraryId());
    assertEquals(profile, stored.getProfile());
    assertTrue(accounts.authenticate(username, "ขนมครก-ใบเตย").isPresent());

    assertRefusedWith(
        "account.usernameTaken",
        () ->
            people.register(
                new Registration(username, "another-pass", "ซ้ำ", "", t.a(), null, "th")));
    assertRefusedWith(
        "account.password.tooShort",
        () ->
            people.register(
                new Registration("reg-" + suffix(), "1234567", "สั้น", "", t.a(), null, "th")));
    assertRefusedWith(
        "error.notFound",
        () ->
            people.register(
                new Registration("reg-" + suffix(), "long-enough", "ไม่มี", "", -1L, null, "th")));
    List<String> inB =
        callers.as(
            t.adminB(),
            () ->
                people.search(new PeopleService.Query("บุญมี", null), 0, 10).stream()
                    .map(Account::getUsername)
                    .toList());
    assertEquals(List.of(username), inB, "library B's administrator finds them by Thai name");
  }

  /** GET /api/v1/certificates with HTTP Basic, against this very server. */
  private int apiStatus(String basic) throws Exception {
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + request.getLocalPort()
                + request.getContextPath()
                + "/api/v1/certificates");
    HttpRequest get =
        HttpRequest.newBuilder(uri)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(get, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static void assertRefused(Runnable action) {
    assertRefused(action, "refused");
  }

  private static void assertRefused(Runnable action, String why) {
    assertThrows(AccessDeniedException.class, action::run, why);
  }

  private static void assertRefusedWith(String key, Runnable action) {
    BusinessException e = assertThrows(BusinessException.class, action::run);
    assertEquals(key, e.messageKey());
  }
}
