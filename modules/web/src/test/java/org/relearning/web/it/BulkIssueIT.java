package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.bulk.BulkIssueJob;
import org.relearning.certificate.bulk.BulkIssueService;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;

/**
 * Certificates for a class list inside the real server and database: issued in the background, one
 * learner at a time, skipping those who already hold one, refused to another library's
 * administrator, and handed back as a ZIP of real PDFs.
 */
@ExtendWith(ArquillianExtension.class)
class BulkIssueIT {

  private static final String BASE = "https://relearn.example/verify/";
  private static final String REASON = "อบรมในห้องสมุด";

  /** Thai names without stacked marks, so that the text read back from the PDF is exact. */
  private static final List<String> NAMES =
      List.of("สมชาย ใจดี", "มานี มีนา", "ปิติ ชูใจ", "วีระ ขยัน", "ชูใจ รักเรียน");

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private CertificateService certificates;
  @Inject private BulkIssueService bulk;

  /** A library of its own with its administrator, a course, learners by username → Thai name. */
  private record World(
      Caller librarian, Caller stranger, long courseId, Map<String, String> learners) {}

  private World world() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long library =
        libraries
            .create("B" + suffix, "ห้องสมุดชั้นเรียน " + suffix, "Class Library " + suffix, "น่าน")
            .getId();
    long other =
        libraries.create("X" + suffix, "ห้องสมุดอื่น " + suffix, "Other " + suffix, "แพร่").getId();
    Caller librarian =
        Caller.of(
            accounts.create(
                "bl-" + suffix,
                "pw-" + suffix,
                "บรรณารักษ์ ชั้นเรียน",
                "Class Librarian",
                Role.LIBRARY_ADMIN,
                library));
    Caller instructor =
        Caller.of(
            accounts.create(
                "bi-" + suffix,
                "pw-" + suffix,
                "ครู ชั้นเรียน",
                "Teacher",
                Role.INSTRUCTOR,
                library));
    Caller stranger =
        Caller.of(
            accounts.create(
                "bs-" + suffix, "pw-" + suffix, "คนอื่น", "Stranger", Role.LIBRARY_ADMIN, other));
    Map<String, String> learners = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String username = "bn" + i + "-" + suffix;
      accounts.create(
          username, "pw-" + suffix, NAMES.get(i), "Learner " + i, Role.LEARNER, library);
      learners.put(username, NAMES.get(i));
    }
    long course =
        callers.as(instructor, () -> courses.create(library, "ขนมชั้น " + suffix, null).getId());
    return new World(librarian, stranger, course, learners);
  }

  private static LocalDate yesterday() {
    return LocalDate.now(Clocks.ZONE).minusDays(1);
  }

  private BulkIssueJob finished(Caller owner, String jobId) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      BulkIssueJob job = callers.as(owner, () -> bulk.job(jobId));
      if (job.isFinished()) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + jobId + " did not finish within a minute");
  }

  @Test
  void fiveLearnersOneHoldingACertificateGiveFourIssuedOneSkippedAndAZipOfFourPdfs()
      throws Exception {
    World w = world();
    List<String> usernames = List.copyOf(w.learners().keySet());
    String holder = usernames.get(2);
    Certificate held =
        callers.as(
            w.librarian(),
            () -> certificates.issueByHand(holder, w.courseId(), yesterday(), REASON));

    String jobId =
        callers.as(w.librarian(), () -> bulk.start(w.courseId(), yesterday(), REASON, usernames));
    BulkIssueJob job = finished(w.librarian(), jobId);

    assertEquals(5, job.getTotal());
    assertEquals(5, job.getDone());
    assertEquals(100, job.getPercent());
    List<BulkIssueJob.Outcome> outcomes = job.getOutcomes();
    assertEquals(
        usernames, outcomes.stream().map(BulkIssueJob.Outcome::username).toList(), "in order");
    assertEquals(4, job.count(BulkIssueJob.Kind.ISSUED));
    assertEquals(1, job.count(BulkIssueJob.Kind.SKIPPED));
    BulkIssueJob.Outcome skipped = outcomes.get(2);
    assertEquals(BulkIssueJob.Kind.SKIPPED, skipped.kind());
    assertEquals(held.getCode(), skipped.code(), "the certificate already held is named");

    Map<String, String> codeOf = new HashMap<>();
    for (BulkIssueJob.Outcome o : outcomes) {
      if (o.isIssued()) {
        assertNotNull(o.uid());
        Certificate c =
            callers
                .as(w.librarian(), () -> certificates.verify(o.code()))
                .orElseThrow(() -> new AssertionError("no certificate " + o.code()));
        assertEquals(w.learners().get(o.username()), c.getLearnerNameTh());
        assertEquals(w.courseId(), c.getCourseId().longValue());
        assertEquals(yesterday(), c.getCompletedOn());
        codeOf.put(o.username(), o.code());
      }
    }
    assertEquals(4, codeOf.size());

    assertThrows(
        NotFoundException.class,
        () -> callers.as(w.stranger(), () -> bulk.job(jobId)),
        "only the administrator who started it reads the job");

    Map<String, byte[]> entries = zip(w, jobId);
    assertEquals(4, entries.size(), "exactly the issued certificates: " + entries.keySet());
    for (Map.Entry<String, String> issued : codeOf.entrySet()) {
      String name = issued.getValue() + "-" + issued.getKey() + ".pdf";
      byte[] pdf = entries.get(name);
      assertNotNull(pdf, name + " in " + entries.keySet());
      assertArrayEquals(
          "%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 4), name + " is a PDF");
      String text = text(pdf).replaceAll("\\s+", "");
      String thaiName = w.learners().get(issued.getKey()).replaceAll("\\s+", "");
      assertTrue(text.contains(thaiName), name + " names " + thaiName + ": " + text);
    }

    // revoked after the job ended: no longer handed out in the class's ZIP
    String first = usernames.get(0);
    String revoked = codeOf.get(first);
    callers.as(
        w.librarian(),
        () -> {
          Certificate c = certificates.verify(revoked).orElseThrow();
          return certificates.revoke(c.getUid(), "ชื่อผิดคน");
        });
    Map<String, byte[]> after = zip(w, jobId);
    assertEquals(3, after.size(), after.keySet().toString());
    assertFalse(after.containsKey(revoked + "-" + first + ".pdf"), after.keySet().toString());
  }

  /** The class's ZIP as its administrator downloads it, by entry name. */
  private Map<String, byte[]> zip(World w, String jobId) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    int written =
        callers.as(
            w.librarian(),
            () -> {
              try {
                return bulk.writeZip(jobId, zip, Languages.THAI, Dates.Digits.ARABIC, BASE);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    Map<String, byte[]> entries = entries(zip.toByteArray());
    assertEquals(written, entries.size(), "the count returned is the count written");
    return entries;
  }

  @Test
  void anotherLibrarysAdministratorIsRefusedAndNothingIsIssued() {
    World w = world();
    List<String> usernames = List.copyOf(w.learners().keySet());
    assertThrows(
        AccessDeniedException.class,
        () ->
            callers.as(
                w.stranger(), () -> bulk.start(w.courseId(), yesterday(), REASON, usernames)));
    for (String username : usernames) {
      long account = accounts.findByUsername(username).orElseThrow().getId();
      assertEquals(
          0,
          callers.asSystem(() -> certificates.visibleToCaller()).stream()
              .filter(c -> c.getAccountId() == account)
              .count(),
          username + " has no certificate");
    }
  }

  @Test
  void aRefusedLearnerLeavesTheOthersIssued() throws Exception {
    World w = world();
    List<String> usernames = List.copyOf(w.learners().keySet());
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    String elsewhere = w.stranger().username();
    List<String> list =
        List.of(usernames.get(0), nobody, usernames.get(1), " ", usernames.get(0), elsewhere);
    String jobId =
        callers.as(w.librarian(), () -> bulk.start(w.courseId(), yesterday(), REASON, list));
    BulkIssueJob job = finished(w.librarian(), jobId);
    assertEquals(4, job.getTotal(), "blank and repeated usernames are dropped");
    List<BulkIssueJob.Outcome> outcomes = job.getOutcomes();
    assertEquals(BulkIssueJob.Kind.ISSUED, outcomes.get(0).kind());
    assertEquals(BulkIssueJob.Kind.REFUSED, outcomes.get(1).kind());
    assertEquals("certificate.issue.noSuchLearner", outcomes.get(1).reasonKey());
    assertEquals(BulkIssueJob.Kind.ISSUED, outcomes.get(2).kind());
    assertEquals(BulkIssueJob.Kind.REFUSED, outcomes.get(3).kind());
    assertEquals(
        "certificate.issue.otherLibrary",
        outcomes.get(3).reasonKey(),
        "a library's administrator issues to the library's own people only");
    for (int i : new int[] {0, 2}) {
      String code = outcomes.get(i).code();
      assertTrue(
          callers.as(w.librarian(), () -> certificates.verify(code)).isPresent(),
          "issued in its own transaction: " + code);
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
