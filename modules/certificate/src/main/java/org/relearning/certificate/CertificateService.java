package org.relearning.certificate;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relearning.certificate.credential.CredentialCheck;
import org.relearning.certificate.pdf.CertificateContent;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.CourseCompleted;
import org.relearning.learning.LearningService;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.db.Transient;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;

/**
 * Issues certificates when courses complete, lists them to whoever may see them, renders their
 * PDFs, revokes them, and answers anyone who asks whether a code is genuine.
 */
@Stateless
public class CertificateService {

  private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private AccountService accounts;
  @EJB private LibraryService libraries;
  @EJB private CourseService courses;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private CredentialCheck credentialCheck;
  @EJB private CertificateTemplates templates;
  @EJB private LearningService learning;
  @Resource private SessionContext context;

  /** How often issuing on completion is tried when the database asks for the transaction again. */
  static final int ISSUE_TRIES = 3;

  /**
   * Issues the certificate after the completing transaction committed, in a transaction of its own,
   * so that a failure here never undoes the completion. A transaction the database gave up on (a
   * lock timeout or a deadlock while many learners complete at once) is run again at once, rather
   * than leaving the learner without a certificate until the sweep comes by.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onCourseCompleted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted c) {
    CertificateService self = context.getBusinessObject(CertificateService.class);
    for (int tries = 1; ; tries++) {
      try {
        self.issueMissing(c);
        return;
      } catch (RuntimeException e) {
        if (tries < ISSUE_TRIES && Transient.isRetryable(e)) {
          LOG.info(
              "Certificate for enrolment "
                  + c.enrolmentId()
                  + ": the database asked to try again ("
                  + tries
                  + ")");
          continue;
        }
        LOG.log(Level.SEVERE, "Certificate for enrolment " + c.enrolmentId() + " not issued", e);
        throw e;
      }
    }
  }

  /** For the sweep: issues one missing certificate in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Certificate issueMissing(CourseCompleted c) {
    return issueForEnrolment(c);
  }

  /** Issues the certificate of a completed enrolment; issuing twice returns the first one. */
  public Certificate issueForEnrolment(CourseCompleted c) {
    Optional<Certificate> existing =
        em.createNamedQuery("Certificate.byEnrolment", Certificate.class)
            .setParameter("enrolment", c.enrolmentId())
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    Account learner = accounts.get(c.accountId());
    Course course =
        courses
            .findCourse(c.courseId())
            .orElseThrow(() -> new NotFoundException("course", c.courseId()));
    Library library = libraries.get(c.libraryId());
    Certificate.Holder holder = holder(learner, course, library);
    LocalDate completedOn = c.completedAt().atZone(Clocks.ZONE).toLocalDate();
    Certificate certificate =
        new Certificate(
            VerificationCodes.newUid(),
            VerificationCodes.newCode(),
            c.enrolmentId(),
            holder,
            completedOn,
            clock.instant());
    certificate.expiresOn(course.lastValidDay(completedOn));
    certificate.printedWith(
        templates.versionForIssuing(library.getId()), course.getEstimatedHours());
    certificate.gradedWith(resultOf(c.enrolmentId()));
    store(certificate, "system", "certificate.issued", "enrolment " + c.enrolmentId());
    LOG.info(
        () ->
            "Certificate "
                + certificate.getCode()
                + " issued for enrolment "
                + c.enrolmentId()
                + " (course "
                + c.courseId()
                + ")");
    return certificate;
  }

  /**
   * Issues a certificate by hand, for a class held in the room rather than online. Only an
   * administrator of the course's library may, with a reason kept in the audit log; a learner who
   * already holds a valid certificate of the course does not get a second one.
   */
  public Certificate issueByHand(
      String username, long courseId, LocalDate completedOn, String reason) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.issue");
    Course course = requireIssuable(courseId, completedOn, reason);
    String why = requiredReason(reason, "certificate.issue.reasonRequired");
    Account learner =
        accounts
            .findByUsername(username == null ? "" : username.trim())
            .orElseThrow(() -> new BusinessException("certificate.issue.noSuchLearner", username));
    if (!caller.isSystemAdmin() && !course.getLibraryId().equals(learner.getLibraryId())) {
      // a library's administrator acts on the library's own people only
      throw new BusinessException("certificate.issue.otherLibrary", learner.getUsername());
    }
    Optional<Certificate> held =
        em.createNamedQuery("Certificate.ofAccountAndCourse", Certificate.class)
            .setParameter("account", learner.getId())
            .setParameter("course", courseId)
            .setParameter("status", CertificateStatus.VALID)
            .getResultStream()
            .filter(c -> !c.isExpiredOn(today()))
            .findFirst();
    if (held.isPresent()) {
      throw new BusinessException("certificate.issue.alreadyHeld", held.get().getCode());
    }
    Library library = libraries.get(course.getLibraryId());
    Certificate certificate =
        new Certificate(
            VerificationCodes.newUid(),
            VerificationCodes.newCode(),
            null,
            holder(learner, course, library),
            completedOn,
            clock.instant());
    certificate.expiresOn(course.lastValidDay(completedOn));
    certificate.printedWith(
        templates.versionForIssuing(library.getId()), course.getEstimatedHours());
    store(
        certificate,
        caller.username(),
        "certificate.issuedByHand",
        learner.getUsername() + " · " + why);
    LOG.info(() -> "Certificate " + certificate.getCode() + " issued by " + caller.username());
    return certificate;
  }

  /**
   * The learner's result to print, or none: a result that cannot be worked out is left off the
   * certificate rather than holding the certificate back.
   */
  private Integer resultOf(long enrolmentId) {
    try {
      OptionalInt grade = learning.courseGrade(enrolmentId);
      return grade.isPresent() ? grade.getAsInt() : null;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No result for the certificate of enrolment " + enrolmentId, e);
      return null;
    }
  }

  /**
   * Keeps a new certificate and records who issued it and why in its library's audit log, in the
   * caller's transaction: every way of issuing (on completion, by hand, for a path) ends here.
   */
  public Certificate store(Certificate certificate, String actor, String action, String detail) {
    em.persist(certificate);
    em.flush();
    audit.record(
        actor, action, "certificate " + certificate.getCode(), certificate.getLibraryId(), detail);
    return certificate;
  }

  /**
   * The course, when the caller may issue its certificates by hand (an administrator of its library
   * or the system administrator) with this day and reason; refuses otherwise.
   */
  public Course requireIssuable(long courseId, LocalDate completedOn, String reason) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.issue");
    Course course =
        courses.findCourse(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
    if (!caller.administers(course.getLibraryId())) {
      throw new AccessDeniedException("certificate.issue");
    }
    requiredReason(reason, "certificate.issue.reasonRequired");
    if (completedOn == null || completedOn.isAfter(today())) {
      throw new BusinessException("certificate.issue.badDate");
    }
    return course;
  }

  /**
   * Corrects a misspelt name on a certificate: the same certificate (same id, code and QR), with
   * the names changed, and the change recorded (before, after, why) in the audit log.
   */
  public Certificate correctName(String uid, String nameTh, String nameEn, String reason) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.correct");
    Certificate c = byUid(uid).orElseThrow(() -> new NotFoundException("certificate", uid));
    if (!caller.administers(c.getLibraryId())) {
      throw new AccessDeniedException("certificate.correct");
    }
    String why = requiredReason(reason, "certificate.correct.reasonRequired");
    if (blank(nameTh) || blank(nameEn)) {
      throw new BusinessException("certificate.correct.namesRequired");
    }
    if (nameTh.strip().length() > Certificate.NAME_MAX
        || nameEn.strip().length() > Certificate.NAME_MAX) {
      throw new BusinessException("certificate.correct.nameTooLong", Certificate.NAME_MAX);
    }
    String before = c.getLearnerNameTh() + " / " + c.getLearnerNameEn();
    c.correctName(nameTh.strip(), nameEn.strip());
    audit.record(
        caller.username(),
        "certificate.nameCorrected",
        "certificate " + c.getCode(),
        c.getLibraryId(),
        before + " → " + c.getLearnerNameTh() + " / " + c.getLearnerNameEn() + " · " + why);
    return c;
  }

  /** Who, what and where, as printed: snapshots, so later renames leave issued ones alone. */
  private static Certificate.Holder holder(Account learner, Course course, Library library) {
    return new Certificate.Holder(
        learner.getId(),
        learner.getNameTh(),
        learner.getNameEn(),
        course.getId(),
        course.getTitle(),
        library.getId(),
        library.getNameTh(),
        library.getNameEn());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.ZONE));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String requiredReason(String reason, String key) {
    if (blank(reason)) {
      throw new BusinessException(key);
    }
    String why = reason.strip();
    return why.length() > Certificate.REASON_MAX ? why.substring(0, Certificate.REASON_MAX) : why;
  }

  /** What the caller may see: everything (system), their library's (administrators), their own. */
  public List<Certificate> visibleToCaller() {
    Caller caller = callers.current();
    if (caller.isSystemAdmin()) {
      return em.createNamedQuery("Certificate.all", Certificate.class).getResultList();
    }
    if (caller.has(Role.LIBRARY_ADMIN)) {
      return em.createNamedQuery("Certificate.ofLibrary", Certificate.class)
          .setParameter("library", caller.libraryId())
          .getResultList();
    }
    return em.createNamedQuery("Certificate.ofAccount", Certificate.class)
        .setParameter("account", caller.accountId())
        .getResultList();
  }

  public List<Certificate> mine() {
    return em.createNamedQuery("Certificate.ofAccount", Certificate.class)
        .setParameter("account", callers.current().accountId())
        .getResultList();
  }

  /** A certificate for its owner, their library's administrators or the system administrator. */
  public Certificate getForHolderOrAdmin(String uid) {
    Caller caller = callers.current();
    Certificate c = byUid(uid).orElseThrow(() -> new NotFoundException("certificate", uid));
    if (c.getAccountId() != caller.accountId() && !caller.administers(c.getLibraryId())) {
      throw new NotFoundException("certificate", uid);
    }
    return c;
  }

  /** The PDF, in Thai or English, with a QR code pointing to {@code verifyBaseUrl + code}. */
  public byte[] renderPdf(String uid, Locale language, String verifyBaseUrl) {
    return renderPdf(uid, language, Dates.Digits.ARABIC, verifyBaseUrl);
  }

  /**
   * The PDF, with the date's numbers in Thai or Arabic numerals, in the design of the template
   * version it was issued with: later edits of the template leave it as it was.
   */
  public byte[] renderPdf(String uid, Locale language, Dates.Digits digits, String verifyBaseUrl) {
    Certificate c = getForHolderOrAdmin(uid);
    return templates.render(
        new CertificateContent(
            language,
            c.learnerName(language),
            c.getCourseTitle(),
            c.libraryName(language),
            c.getCompletedOn(),
            c.getCode(),
            verifyBaseUrl + c.getCode(),
            digits,
            c.getHours(),
            c.getGradePercent() == null
                ? null
                : CertificateContent.gradeWording(language, digits, c.getGradePercent()),
            c.getPathCourses()),
        c.getTemplateVersionId());
  }

  /** Revokes a certificate with a reason, kept in the audit log; never shown publicly. */
  public Certificate revoke(String uid, String reason) {
    Caller caller = callers.require(Role.LIBRARY_ADMIN, "certificate.revoke");
    Certificate c = byUid(uid).orElseThrow(() -> new NotFoundException("certificate", uid));
    if (!caller.administers(c.getLibraryId())) {
      throw new AccessDeniedException("certificate.revoke");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("certificate.revoke.reasonRequired");
    }
    if (c.isRevoked()) {
      throw new BusinessException("certificate.revoke.already");
    }
    String why =
        reason.length() > Certificate.REASON_MAX
            ? reason.substring(0, Certificate.REASON_MAX)
            : reason.trim();
    Instant now = clock.instant();
    c.revoke(now, why);
    audit.record(
        caller.username(),
        "certificate.revoked",
        "certificate " + c.getCode(),
        c.getLibraryId(),
        why);
    LOG.info(() -> "Certificate " + c.getCode() + " revoked by " + caller.username());
    return c;
  }

  /** For anyone: the certificate behind a typed or scanned code, if there is one. */
  public Optional<Certificate> verify(String typedCode) {
    return VerificationCodes.normalise(typedCode)
        .flatMap(
            code ->
                em.createNamedQuery("Certificate.byCode", Certificate.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst());
  }

  /**
   * What an uploaded credential proves: a failure of the signature, or the record it stands for.
   */
  public record CredentialVerdict(CredentialCheck.Failure failure, Certificate certificate) {
    public boolean isGenuine() {
      return failure == null && certificate != null;
    }
  }

  private static final Pattern CREDENTIAL_ID =
      Pattern.compile("/api/v1/certificates/([A-Za-z0-9_-]{22})/credential$");

  /**
   * For anyone: checks a credential file someone was handed. The signature proves it is unchanged;
   * the record it names tells whether it still stands (it may have been revoked since).
   */
  public CredentialVerdict checkCredential(String compactJws) {
    CredentialCheck.Result result = credentialCheck.check(compactJws);
    if (!result.isValid()) {
      return new CredentialVerdict(result.failure(), null);
    }
    Object id = result.credential().get("id");
    Matcher m = CREDENTIAL_ID.matcher(id == null ? "" : id.toString());
    Optional<Certificate> record = m.find() ? byUid(m.group(1)) : Optional.empty();
    return record
        .map(c -> new CredentialVerdict(null, c))
        .orElseGet(() -> new CredentialVerdict(CredentialCheck.Failure.NOT_A_CREDENTIAL, null));
  }

  private Optional<Certificate> byUid(String uid) {
    if (uid == null || uid.length() > 32) {
      return Optional.empty();
    }
    return em.createNamedQuery("Certificate.byUid", Certificate.class)
        .setParameter("uid", uid)
        .getResultStream()
        .findFirst();
  }
}
