package org.relearning.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relearning.learning.CourseCompleted;
import org.relearning.learning.LearningService;
import org.relearning.learning.curriculum.CurriculumCompleted;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.platform.cluster.JobLease;

/**
 * Issues the certificates that completion should have issued but did not (the database was briefly
 * away, the server stopped between the two transactions). Every ten minutes, and on demand. In a
 * cluster only the node holding the job's lease sweeps; issuing is idempotent per enrolment all the
 * same, so overlapping sweeps give one certificate each.
 */
@Singleton
public class CertificateSweep {

  private static final Logger LOG = Logger.getLogger(CertificateSweep.class.getName());
  static final String JOB = "certificate.sweep";

  /** Longer than the period, so that the node sweeping renews it before it runs out. */
  private static final Duration LEASE = Duration.ofMinutes(12);

  @PersistenceContext(unitName = "certificate")
  private EntityManager em;

  @EJB private LearningService learning;
  @EJB private CertificateService certificates;
  @EJB private CurriculumService curricula;
  @EJB private PathCertificates paths;
  @EJB private JobLease lease;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void everyTenMinutes() {
    if (lease.acquire(JOB, LEASE)) {
      issueMissing();
    }
  }

  /** Issues every missing certificate, each in its own transaction; returns how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int issueMissing() {
    Set<Long> issued =
        new HashSet<>(em.createNamedQuery("Certificate.enrolmentIds", Long.class).getResultList());
    List<CourseCompleted> missing =
        learning.completions().stream().filter(c -> !issued.contains(c.enrolmentId())).toList();
    int done = 0;
    for (CourseCompleted c : missing) {
      try {
        certificates.issueMissing(c);
        done++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Certificate for enrolment " + c.enrolmentId() + " not issued", e);
      }
    }
    done += issueMissingPathCertificates();
    if (done > 0) {
      int count = done;
      LOG.info(() -> count + " missing certificate(s) issued");
    }
    return done;
  }

  /** The same for career paths: completed path enrolments without their certificate. */
  private int issueMissingPathCertificates() {
    Set<Long> issued =
        new HashSet<>(
            em.createNamedQuery("Certificate.pathEnrolmentIds", Long.class).getResultList());
    int done = 0;
    for (long id : curricula.completedPathEnrolmentIds()) {
      if (issued.contains(id)) {
        continue;
      }
      try {
        Optional<CurriculumCompleted> completed = curricula.completion(id);
        if (completed.isPresent()) {
          paths.issue(completed.get());
          done++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Certificate for path enrolment " + id + " not issued", e);
      }
    }
    return done;
  }
}
