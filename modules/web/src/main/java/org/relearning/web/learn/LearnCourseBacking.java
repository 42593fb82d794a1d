package org.relearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.version.LessonAccess;
import org.relearning.course.version.PublishedCourse;
import org.relearning.learning.Enrolment;
import org.relearning.learning.LearningService;
import org.relearning.learning.Progress;
import org.relearning.learning.completion.Missing;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * A learner's view of a course they follow: progress, what is still needed, where to resume, and
 * the outline of their version with what is locked and why. View-scoped: the buttons that move to
 * the latest version or start again are shown only when that applies, so the postback must find the
 * state that decided it.
 */
@Named("learnCourse")
@ViewScoped
public class LearnCourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseService courses;
  @Inject private LearningService learning;
  @Inject private Clock clock;
  @Inject private Language language;

  private Long id;
  private String title;
  private PublishedCourse version;
  private Progress progress;
  private List<Missing> missing;
  private Integer newerVersion;
  private LocalDate renewalDue;
  private int roundNo;

  public void load() {
    version = learning.myCourse(Params.required(id, "course"));
    title = courses.findCourse(id).map(Course::getTitle).orElseThrow();
    progress = learning.myProgress(id);
    missing = learning.whatIsMissing(id);
    newerVersion = learning.newerVersion(id).orElse(null);
    renewalDue = learning.renewalDue(id).orElse(null);
    roundNo = learning.myEnrolment(id).map(Enrolment::getRoundNo).orElse(1);
  }

  /** Starts the course again, to renew the learner's certificate; refused when not due. */
  public void retake() {
    learning.retake(id);
    Messages.info("learn.retake.started");
    Navigation.redirect("/learn/course.xhtml?id=" + id);
  }

  /** Why renewing is offered: "Your certificate is valid until …" or "… expired on …". */
  public String getRenewalReason() {
    if (renewalDue == null) {
      return null;
    }
    LocalDate today = clock.instant().atZone(Clocks.ZONE).toLocalDate();
    String day = Dates.longDate(renewalDue, language.getLocale());
    return Messages.text(
        renewalDue.isBefore(today) ? "learn.retake.expired" : "learn.retake.expires", day);
  }

  /** Whether the learner may take the course again now to renew their certificate. */
  public boolean isRenewalDue() {
    return renewalDue != null;
  }

  /** 1 for the first take, 2 and up while taking the course again to renew a certificate. */
  public int getRoundNo() {
    return roundNo;
  }

  public void moveToLatest() {
    learning.moveToLatest(id);
    Messages.info("learn.movedToLatest");
    Navigation.redirect("/learn/course.xhtml?id=" + id);
  }

  /** Where "continue" leads: the last lesson opened, else the first not done. */
  public Long getResumeLessonId() {
    return progress.lastLessonId();
  }

  public LessonAccess accessOf(long lessonId) {
    LocalDate today = clock.instant().atZone(Clocks.ZONE).toLocalDate();
    return version.access(lessonId, progress.doneLessonIds(), today);
  }

  /** What the learner still lacks, one line per thing, from the completion rules. */
  public List<Missing> getMissing() {
    return missing;
  }

  public String describe(Missing m) {
    return Messages.text(m.key(), m.arguments().toArray());
  }

  public String getTitle() {
    return title;
  }

  public PublishedCourse getVersion() {
    return version;
  }

  public Integer getNewerVersion() {
    return newerVersion;
  }

  public Progress getProgress() {
    return progress;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
