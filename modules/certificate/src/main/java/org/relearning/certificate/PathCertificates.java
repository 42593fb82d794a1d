package org.relearning.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relearning.certificate.template.CertificateTemplates;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumCompleted;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.time.Clocks;

/**
 * Certificates for whole career paths. Issued like a course's (after the completing transaction, in
 * one of its own, once per path enrolment), with the path's title where a course's title goes and
 * the courses completed on the way listed; verified, revoked, rendered and signed by the same
 * machinery as every other certificate.
 */
@Stateless
public class PathCertificates {

  private static final Logger LOG = Logger.getLogger(PathCertificates.class.getName());

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @EJB private AccountService accounts;
  @EJB private LibraryService libraries;
  @EJB private CourseService courses;
  @EJB private CurriculumService curricula;
  @EJB private CertificateTemplates templates;
  @EJB private CertificateService certificates;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void onCurriculumCompleted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CurriculumCompleted c) {
    try {
      issue(c);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "Certificate for path enrolment " + c.pathEnrolmentId() + " not issued", e);
      throw e;
    }
  }

  /** Issues the certificate of a completed path; issuing twice returns the first one. */
  public Certificate issue(CurriculumCompleted c) {
    Optional<Certificate> existing = ofPathEnrolment(c.pathEnrolmentId());
    if (existing.isPresent()) {
      return existing.get();
    }
    Account learner = accounts.get(c.accountId());
    Curriculum path =
        curricula
            .findCurriculum(c.curriculumId())
            .orElseThrow(() -> new NotFoundException("curriculum", c.curriculumId()));
    Library library = libraries.get(c.libraryId());
    List<String> titles =
        c.completedCourseIds().stream()
            .map(courses::findCourse)
            .flatMap(Optional::stream)
            .map(Course::getTitle)
            .toList();
    Certificate certificate =
        new Certificate(
            VerificationCodes.newUid(),
            VerificationCodes.newCode(),
            null,
            new Certificate.Holder(
                learner.getId(),
                learner.getNameTh(),
                learner.getNameEn(),
                Certificate.NO_COURSE,
                path.getTitle(),
                library.getId(),
                library.getNameTh(),
                library.getNameEn()),
            completedOn(c),
            clock.instant());
    certificate.forPath(c.pathEnrolmentId(), titles);
    certificate.printedWith(templates.versionForIssuing(library.getId()), null);
    certificates.store(
        certificate, "system", "certificate.issued", "path enrolment " + c.pathEnrolmentId());
    LOG.info(
        () ->
            "Path certificate "
                + certificate.getCode()
                + " issued for path enrolment "
                + c.pathEnrolmentId()
                + " (curriculum "
                + c.curriculumId()
                + ")");
    return certificate;
  }

  public Optional<Certificate> ofPathEnrolment(long pathEnrolmentId) {
    return em.createNamedQuery("Certificate.byPathEnrolment", Certificate.class)
        .setParameter("path", pathEnrolmentId)
        .getResultStream()
        .findFirst();
  }

  private static LocalDate completedOn(CurriculumCompleted c) {
    return c.completedAt().atZone(Clocks.ZONE).toLocalDate();
  }
}
