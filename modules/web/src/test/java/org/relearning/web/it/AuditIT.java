package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.CourseService;
import org.relearning.identity.access.AccountIdentityStore;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.access.SignInThrottle;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.audit.AuditService;
import org.relearning.identity.library.LibraryDetails;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.PeopleService;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.audit.AuditGroup;
import org.relearning.platform.audit.AuditQuery;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.quiz.QuizService;

/**
 * The audit log as administrators read it, inside the real server and database: a library
 * administrator sees their own library's entries and never another library's, the system
 * administrator sees every library's, the kind-of-action, actor, subject and date filters narrow
 * the list in the database, and nobody below a library administrator reads the log.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private PeopleService people;
  @Inject private CourseService courses;
  @Inject private AuditService audit;
  @Inject private AccountIdentityStore identityStore;
  @Inject private QuizService quizzes;

  /**
   * Two fresh libraries. In each, the administrator promotes a learner and deactivates another; in
   * library A an instructor also creates a course.
   */
  private record Tenants(
      long a,
      long b,
      Caller adminA,
      Caller adminB,
      Caller instructorA,
      Caller learnerA,
      Account promotedA,
      Account promotedB,
      long courseA,
      Instant before,
      Instant after) {}

  private Tenants tenants() {
    Instant before = Instant.now().minusSeconds(2);
    String s = suffix();
    long a =
        callers
            .asSystem(
                () ->
                    libraries.add(new LibraryDetails("au-" + s, "ห้องสมุดเอ " + s, "A " + s, null)))
            .getId();
    long b =
        callers
            .asSystem(
                () ->
                    libraries.add(new LibraryDetails("av-" + s, "ห้องสมุดบี " + s, "B " + s, null)))
            .getId();
    Caller adminA = Caller.of(account("aa-" + s, Role.LIBRARY_ADMIN, a));
    Caller adminB = Caller.of(account("ab-" + s, Role.LIBRARY_ADMIN, b));
    Caller instructorA = Caller.of(account("ta-" + s, Role.INSTRUCTOR, a));
    Account learnerA = account("la-" + s, Role.LEARNER, a);
    Account promotedA = account("pa-" + s, Role.LEARNER, a);
    Account promotedB = account("pb-" + s, Role.LEARNER, b);
    Account leavingA = account("da-" + s, Role.LEARNER, a);
    Account leavingB = account("db-" + s, Role.LEARNER, b);
    callers.as(adminA, () -> people.changeRole(promotedA.getId(), Role.INSTRUCTOR));
    callers.as(adminA, () -> people.setActive(leavingA.getId(), false));
    callers.as(adminB, () -> people.changeRole(promotedB.getId(), Role.INSTRUCTOR));
    callers.as(adminB, () -> people.setActive(leavingB.getId(), false));
    long courseA = callers.as(instructorA, () -> courses.create(a, "งานจักสาน " + s, null).getId());
    return new Tenants(
        a,
        b,
        adminA,
        adminB,
        instructorA,
        Caller.of(learnerA),
        promotedA,
        promotedB,
        courseA,
        before,
        Instant.now().plusSeconds(2));
  }

  @Test
  void aLibraryAdministratorReadsOnlyTheirOwnLibrarysEntries() {
    Tenants t = tenants();
    List<AuditEntry> mine = callers.as(t.adminA(), () -> audit.search(all(null), 0, 200));
    assertTrue(
        mine.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedA())),
        "their own library's role change is listed: " + mine);
    assertTrue(mine.stream().anyMatch(e -> e.getAction().equals("account.deactivated")));
    assertTrue(mine.stream().anyMatch(e -> e.getSubject().equals("course:" + t.courseA())));
    assertTrue(
        mine.stream().allMatch(e -> Long.valueOf(t.a()).equals(e.getLibraryId())),
        "nothing of another library, nor of none: " + mine);
    assertFalse(mine.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedB())));
    assertEquals(mine.size(), callers.as(t.adminA(), () -> audit.count(all(null))), "count agrees");
    for (int i = 1; i < mine.size(); i++) {
      assertFalse(mine.get(i).getAt().isAfter(mine.get(i - 1).getAt()), "newest first");
    }

    AuditEntry ofB =
        callers.as(t.adminB(), () -> audit.search(all(null), 0, 200)).stream()
            .filter(e -> isRoleChangeOf(e, t.promotedB()))
            .findFirst()
            .orElseThrow();
    callers.as(
        t.adminA(),
        () -> {
          assertRefused(() -> audit.search(all(t.b()), 0, 20));
          assertRefused(() -> audit.count(all(t.b())));
          assertRefused(() -> audit.get(ofB.getId()));
          assertEquals(mine.get(0).getId(), audit.get(mine.get(0).getId()).getId());
          return null;
        });

    List<AuditEntry> bOnly = callers.asSystem(() -> audit.search(all(t.b()), 0, 200));
    assertTrue(bOnly.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedB())));
    assertTrue(bOnly.stream().allMatch(e -> Long.valueOf(t.b()).equals(e.getLibraryId())));
    AuditQuery both =
        new AuditQuery(null, AuditGroup.SECURITY.prefixes(), null, null, t.before(), t.after());
    List<AuditEntry> everyLibrary = callers.asSystem(() -> audit.search(both, 0, 200));
    assertTrue(everyLibrary.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedA())));
    assertTrue(everyLibrary.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedB())));
    assertEquals(ofB.getId(), callers.asSystem(() -> audit.get(ofB.getId())).getId());
  }

  @Test
  void theFiltersNarrowTheListByKindActorSubjectAndDate() {
    Tenants t = tenants();
    callers.as(
        t.adminA(),
        () -> {
          List<AuditEntry> security =
              audit.search(
                  new AuditQuery(null, AuditGroup.SECURITY.prefixes(), null, null, null, null),
                  0,
                  200);
          assertTrue(security.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedA())));
          assertTrue(
              security.stream().allMatch(e -> inGroup(e, AuditGroup.SECURITY)), security::toString);
          assertFalse(security.stream().anyMatch(e -> e.getAction().startsWith("course.")));

          List<AuditEntry> courseEntries =
              audit.search(
                  new AuditQuery(null, AuditGroup.COURSES.prefixes(), null, null, null, null),
                  0,
                  200);
          assertTrue(
              courseEntries.stream()
                  .anyMatch(
                      e ->
                          e.getAction().equals("course.created")
                              && e.getSubject().equals("course:" + t.courseA())));
          assertTrue(courseEntries.stream().allMatch(e -> e.getAction().startsWith("course.")));

          List<AuditEntry> certificates =
              audit.search(
                  new AuditQuery(null, AuditGroup.CERTIFICATES.prefixes(), null, null, null, null),
                  0,
                  200);
          assertTrue(certificates.isEmpty(), "no certificate was touched: " + certificates);

          String adminName = t.adminA().username();
          List<AuditEntry> byAdmin =
              audit.search(
                  new AuditQuery(null, List.of(), adminName.toUpperCase(), null, null, null),
                  0,
                  200);
          assertEquals(2, byAdmin.size(), "a role change and a deactivation: " + byAdmin);
          assertTrue(byAdmin.stream().allMatch(e -> e.getActor().equals(adminName)));

          String subject = "account:" + t.promotedA().getId();
          List<AuditEntry> about =
              audit.search(new AuditQuery(null, List.of(), null, subject, null, null), 0, 200);
          assertTrue(about.stream().anyMatch(e -> isRoleChangeOf(e, t.promotedA())));
          assertTrue(about.stream().allMatch(e -> e.getSubject().contains(subject)));

          AuditQuery inRange =
              new AuditQuery(null, List.of(), adminName, null, t.before(), t.after());
          assertEquals(2, audit.count(inRange), "both actions fall in the range");
          AuditQuery later =
              new AuditQuery(
                  null, List.of(), adminName, null, t.after().plus(Duration.ofDays(1)), null);
          assertEquals(0, audit.count(later), "nothing after the range");
          assertTrue(audit.search(later, 0, 20).isEmpty());
          AuditQuery earlier = new AuditQuery(null, List.of(), adminName, null, null, t.before());
          assertEquals(0, audit.count(earlier), "nothing before the range");
          return null;
        });
  }

  @Test
  void instructorsAndLearnersAreRefused() {
    Tenants t = tenants();
    for (Caller caller : List.of(t.instructorA(), t.learnerA())) {
      callers.as(
          caller,
          () -> {
            assertRefused(() -> audit.search(all(null), 0, 20));
            assertRefused(() -> audit.search(all(t.a()), 0, 20));
            assertRefused(() -> audit.count(all(null)));
            assertRefused(() -> audit.get(1L));
            return null;
          });
    }
  }

  private static AuditQuery all(Long library) {
    return new AuditQuery(library, List.of(), null, null, null, null);
  }

  private static boolean isRoleChangeOf(AuditEntry e, Account account) {
    return e.getAction().equals("account.roleChanged")
        && e.getSubject().equals("account:" + account.getId());
  }

  private static boolean inGroup(AuditEntry e, AuditGroup group) {
    return group.prefixes().stream().anyMatch(p -> e.getAction().startsWith(p));
  }

  @Test
  void failedSignInsAndQuizChangesAreRecordedForTheirLibrary() {
    Tenants t = tenants();
    String target = t.learnerA().username();
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      assertEquals(
          CredentialValidationResult.Status.INVALID,
          identityStore
              .validate(new UsernamePasswordCredential(target, "not-the-password"))
              .getStatus());
    }
    long quizId =
        callers.as(
            t.instructorA(),
            () -> {
              long id = quizzes.create(t.courseA(), "แบบทดสอบจักสาน", 60).getId();
              quizzes.updateSettings(
                  id, quizzes.getForEditing(id).settings().withTitle("แบบทดสอบจักสาน", 70));
              return id;
            });
    callers.as(
        t.adminA(),
        () -> {
          List<AuditEntry> security =
              audit.search(
                  new AuditQuery(
                      null, AuditGroup.SECURITY.prefixes(), null, "account:" + target, null, null),
                  0,
                  50);
          assertEquals(
              SignInThrottle.MAX_FAILURES - 1,
              security.stream().filter(e -> e.getAction().equals("account.signInFailed")).count(),
              security::toString);
          assertEquals(
              1,
              security.stream().filter(e -> e.getAction().equals("account.signInLocked")).count(),
              "the failure that locks says so: " + security);
          List<AuditEntry> quiz =
              audit.search(
                  new AuditQuery(
                      null, AuditGroup.QUIZZES.prefixes(), null, "quiz:" + quizId, null, null),
                  0,
                  50);
          assertEquals(
              List.of("quiz.settingsChanged"), quiz.stream().map(AuditEntry::getAction).toList());
          assertTrue(quiz.get(0).getDetail().contains("pass mark 70%"), quiz.get(0).getDetail());
          return null;
        });
    List<AuditEntry> seenByB = callers.as(t.adminB(), () -> audit.search(all(null), 0, 200));
    assertFalse(
        seenByB.stream().anyMatch(e -> e.getSubject().equals("account:" + target)),
        "another library does not see them");
  }

  private Account account(String username, Role role, long library) {
    return accounts.create(
        username,
        "pw-" + username + "-long",
        "ชื่อ " + username,
        "Name " + username,
        role,
        library);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertRefused(Runnable action) {
    assertThrows(AccessDeniedException.class, action::run);
  }
}
