package org.relearning.certificate.bulk;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.course.Course;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Dates;

/**
 * Issues certificates by hand for a class list in the background: one course, one day, one reason,
 * each learner in a transaction of their own, so one refusal leaves the others issued. Jobs are
 * kept here by id for the administrator who started them, and no one else.
 */
@ApplicationScoped
public class BulkIssueService {

  private static final Logger LOG = Logger.getLogger(BulkIssueService.class.getName());

  /** The most learners one class list may hold. */
  public static final int MAX_LEARNERS = 500;

  /** How long a finished job stays readable (for its results and ZIP). */
  private static final Duration KEPT = Duration.ofHours(12);

  private static final String ALREADY_HELD = "certificate.issue.alreadyHeld";

  @Inject private Callers callers;
  @EJB private CertificateService certificates;
  @Inject private Clock clock;

  @Resource private ManagedExecutorService executor;

  private final Map<String, BulkIssueJob> jobs = new ConcurrentHashMap<>();

  /**
   * Starts issuing for the learners with these usernames (blank and repeated ones dropped) and
   * returns the job's id. Refuses at once whoever may not issue the course's certificates, a
   * missing reason, a day in the future and an empty or too long list.
   */
  public String start(
      long courseId, LocalDate completedOn, String reason, Collection<String> usernames) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.issue");
    Course course = certificates.requireIssuable(courseId, completedOn, reason);
    List<String> learners = distinct(usernames);
    if (learners.isEmpty()) {
      throw new BusinessException("certificate.bulk.noLearners");
    }
    if (learners.size() > MAX_LEARNERS) {
      throw new BusinessException("certificate.bulk.tooMany", MAX_LEARNERS);
    }
    forgetOld();
    BulkIssueJob job =
        new BulkIssueJob(
            UUID.randomUUID().toString(),
            caller.accountId(),
            courseId,
            course.getTitle(),
            learners.size(),
            clock.instant());
    jobs.put(job.getId(), job);
    LOG.info(
        () ->
            "Bulk issue "
                + job.getId()
                + " of course "
                + courseId
                + " for "
                + learners.size()
                + " learners started by "
                + caller.username());
    executor.execute(() -> run(job, caller, learners, completedOn, reason));
    return job.getId();
  }

  private void run(
      BulkIssueJob job, Caller caller, List<String> learners, LocalDate day, String reason) {
    try {
      for (String username : learners) {
        job.add(callers.as(caller, () -> issueOne(job.getCourseId(), username, day, reason)));
      }
    } finally {
      job.finish();
      LOG.info(
          () ->
              "Bulk issue "
                  + job.getId()
                  + " done: "
                  + job.count(BulkIssueJob.Kind.ISSUED)
                  + " issued, "
                  + job.count(BulkIssueJob.Kind.SKIPPED)
                  + " skipped, "
                  + job.count(BulkIssueJob.Kind.REFUSED)
                  + " refused");
    }
  }

  /** One learner, in the certificate service's own transaction. */
  private BulkIssueJob.Outcome issueOne(
      long courseId, String username, LocalDate day, String reason) {
    try {
      Certificate c = certificates.issueByHand(username, courseId, day, reason);
      return new BulkIssueJob.Outcome(
          username,
          BulkIssueJob.Kind.ISSUED,
          c.getUid(),
          c.getCode(),
          c.getLearnerNameTh(),
          c.getLearnerNameEn(),
          null);
    } catch (BusinessException e) {
      if (ALREADY_HELD.equals(e.messageKey()) && e.arguments().length > 0) {
        return new BulkIssueJob.Outcome(
            username,
            BulkIssueJob.Kind.SKIPPED,
            null,
            String.valueOf(e.arguments()[0]),
            null,
            null,
            ALREADY_HELD);
      }
      return refused(username, e.messageKey());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Bulk issue for " + username + " failed", e);
      return refused(username, "certificate.bulk.failed");
    }
  }

  private static BulkIssueJob.Outcome refused(String username, String key) {
    return new BulkIssueJob.Outcome(
        username, BulkIssueJob.Kind.REFUSED, null, null, null, null, key);
  }

  /** The caller's own job; anyone else's, or an unknown one, does not exist for them. */
  public BulkIssueJob job(String id) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.issue");
    BulkIssueJob job = id == null ? null : jobs.get(id);
    if (job == null || job.getOwnerAccountId() != caller.accountId()) {
      throw new NotFoundException("bulkIssue", id);
    }
    return job;
  }

  /**
   * Writes a ZIP of the PDFs of the certificates a finished job issued, one at a time, each named
   * {@code <code>-<username>.pdf}. Whether the caller may read each certificate is asked again for
   * every one; those they may no longer read, and those revoked since, are left out. Returns how
   * many were written.
   */
  public int writeZip(
      String jobId, OutputStream out, Locale language, Dates.Digits digits, String verifyBaseUrl)
      throws IOException {
    BulkIssueJob job = job(jobId);
    if (!job.isFinished()) {
      throw new BusinessException("certificate.bulk.notDone");
    }
    int written = 0;
    ZipOutputStream zip = new ZipOutputStream(out);
    for (BulkIssueJob.Outcome o : job.getOutcomes()) {
      if (!o.isIssued()) {
        continue;
      }
      byte[] pdf;
      try {
        if (certificates.getForHolderOrAdmin(o.uid()).isRevoked()) {
          continue; // revoked since the job ended: not to be handed out
        }
        pdf = certificates.renderPdf(o.uid(), language, digits, verifyBaseUrl);
      } catch (BusinessException e) {
        continue;
      }
      zip.putNextEntry(new ZipEntry(fileName(o.code(), o.username())));
      zip.write(pdf);
      zip.closeEntry();
      written++;
    }
    zip.finish();
    zip.flush();
    return written;
  }

  /** {@code <code>-<username>.pdf}, with anything but ASCII letters, digits, dot and dash as _. */
  public static String fileName(String code, String username) {
    return (code + "-" + username).replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf";
  }

  /** One line per username; blanks dropped, and the same username (any case) only once. */
  static List<String> distinct(Collection<String> usernames) {
    Map<String, String> seen = new LinkedHashMap<>();
    if (usernames != null) {
      for (String u : usernames) {
        String s = u == null ? "" : u.strip();
        if (!s.isEmpty()) {
          seen.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
        }
      }
    }
    return new ArrayList<>(seen.values());
  }

  private void forgetOld() {
    Instant before = clock.instant().minus(KEPT);
    jobs.values().removeIf(j -> j.isFinished() && j.getStartedAt().isBefore(before));
  }
}
