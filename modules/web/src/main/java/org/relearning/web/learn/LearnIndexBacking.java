package org.relearning.web.learn;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.course.CourseService;
import org.relearning.learning.Enrolment;
import org.relearning.learning.LearningService;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/** "My learning": the learner's courses with their progress, and their certificates. */
@Named("learnIndex")
@RequestScoped
public class LearnIndexBacking {

  @EJB private LearningService learning;
  @EJB private CourseService courses;
  @EJB private CertificateService certificates;
  @Inject private Language language;
  @EJB private CurriculumService curricula;

  private List<Enrolment> enrolments;
  private List<Certificate> mine;
  private final Map<Long, Boolean> renewalDue = new HashMap<>();
  private List<CurriculumService.MyPath> paths;

  public List<Enrolment> getEnrolments() {
    if (enrolments == null) {
      enrolments = learning.myEnrolments();
    }
    return enrolments;
  }

  /** "Valid until …" or "Expired on …", in the reader's calendar. */
  public String expiry(Certificate c) {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    String day = Dates.longDate(c.getExpiresOn(), language.getLocale());
    return Messages.text(c.isExpiredOn(today) ? "verify.expiredOn" : "verify.validUntil", day);
  }

  /** Whether the learner may renew this certificate by taking its course again now. */
  public boolean renewable(Certificate c) {
    return !c.isRevoked()
        && c.getExpiresOn() != null
        && c.getEnrolmentId() != null
        // asked once per course and request: the page asks again for each rendering of the card
        && renewalDue.computeIfAbsent(
            c.getCourseId(), course -> learning.renewalDue(course).isPresent());
  }

  public String title(Enrolment e) {
    return courses.findCourse(e.getCourseId()).map(c -> c.getTitle()).orElse("");
  }

  public int percent(Enrolment e) {
    return learning.myProgress(e.getCourseId()).percent();
  }

  /** The career paths the learner follows. */
  public List<CurriculumService.MyPath> getPaths() {
    if (paths == null) {
      paths = curricula.myPaths();
    }
    return paths;
  }

  /** Courses done of the path's courses, as a whole percent. */
  public int pathPercent(CurriculumService.MyPath p) {
    int all = p.progress().steps().size();
    return all == 0 ? 0 : (int) (100 * p.progress().doneCount() / all);
  }

  public List<Certificate> getCertificates() {
    if (mine == null) {
      mine = certificates.mine();
    }
    return mine;
  }
}
