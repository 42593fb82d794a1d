package org.relearning.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.course.CourseService;
import org.relearning.learning.Enrolment;
import org.relearning.learning.LearningService;

/** "My learning": the learner's courses with their progress, and their certificates. */
@Named("learnIndex")
@RequestScoped
public class LearnIndexBacking {

  @Inject private LearningService learning;
  @Inject private CourseService courses;
  @Inject private CertificateService certificates;

  private List<Enrolment> enrolments;
  private List<Certificate> mine;

  public List<Enrolment> getEnrolments() {
    if (enrolments == null) {
      enrolments = learning.myEnrolments();
    }
    return enrolments;
  }

  public String title(Enrolment e) {
    return courses.findCourse(e.getCourseId()).map(c -> c.getTitle()).orElse("");
  }

  public int percent(Enrolment e) {
    return learning.myProgress(e.getCourseId()).percent();
  }

  public List<Certificate> getCertificates() {
    if (mine == null) {
      mine = certificates.mine();
    }
    return mine;
  }
}
