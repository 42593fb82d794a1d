package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.relearning.certificate.bulk.BulkIssueJob;
import org.relearning.certificate.bulk.BulkIssueService;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.Role;
import org.relearning.identity.people.PeopleService;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;

/**
 * Certificates by hand for a whole class: one course, day and reason, learners ticked from the
 * library's list or pasted one username a line; the job runs in the background while the page polls
 * its progress, then shows each learner's result and offers the PDFs as one ZIP.
 */
@Named("adminBulkCertificates")
@ViewScoped
public class AdminBulkCertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of the library's learners the page lists to tick. */
  static final int LISTED = 200;

  @Inject private BulkIssueService bulk;
  @Inject private CourseService courses;
  @Inject private PeopleService people;
  @Inject private Language language;
  @Inject private transient Clock clock;

  @PostConstruct
  void today() {
    completedOn = LocalDate.now(clock.withZone(Clocks.ZONE));
  }

  private Long courseId;
  private LocalDate completedOn;
  private String reason;
  private List<String> selected = new ArrayList<>();
  private String pasted;
  private String jobId;
  private transient List<Course> courseChoices;
  private transient List<Account> learners;
  private transient BulkIssueJob job;

  /** The courses the administrator may issue for: those of the libraries they run. */
  public List<Course> getCourseChoices() {
    if (courseChoices == null) {
      courseChoices = courses.authoredByCaller();
    }
    return courseChoices;
  }

  /** The learners of the administrator's library, by username, to tick. */
  public List<Account> getLearners() {
    if (learners == null) {
      learners =
          people.search(new PeopleService.Query(null, null), 0, LISTED).stream()
              .filter(a -> a.getRole() == Role.LEARNER && a.isActive())
              .toList();
    }
    return learners;
  }

  public String learnerLabel(Account a) {
    String name = "th".equals(language.getLocale().getLanguage()) ? a.getNameTh() : a.getNameEn();
    if (name == null || name.isBlank()) {
      name = a.getNameTh();
    }
    return name + " (" + a.getUsername() + ")";
  }

  /** Starts the job for the ticked and the pasted learners. */
  public void start() {
    List<String> usernames = new ArrayList<>(selected == null ? List.of() : selected);
    usernames.addAll(pastedUsernames(pasted));
    jobId = bulk.start(courseId == null ? -1 : courseId, completedOn, reason, usernames);
    job = null;
  }

  /** Starts over with a new class list, keeping course, day and reason. */
  public void reset() {
    jobId = null;
    job = null;
    selected = new ArrayList<>();
    pasted = null;
  }

  /**
   * Usernames from pasted text: one a line; of a line copied from a CSV file only its first column,
   * and a {@code username} header line is skipped.
   */
  static List<String> pastedUsernames(String text) {
    List<String> names = new ArrayList<>();
    if (text == null) {
      return names;
    }
    for (String line : text.replace("\uFEFF", "").split("\\R")) {
      String first = line.split("[,;\\t]", 2)[0].strip();
      if (first.startsWith("\"") && first.endsWith("\"") && first.length() >= 2) {
        first = first.substring(1, first.length() - 1).strip();
      }
      if (!first.isEmpty() && !"username".equalsIgnoreCase(first)) {
        names.add(first);
      }
    }
    return names;
  }

  /** The job of this page, read once per request; none before starting. */
  public BulkIssueJob getJob() {
    if (jobId == null) {
      return null;
    }
    if (job == null) {
      job = bulk.job(jobId);
    }
    return job;
  }

  public boolean isStarted() {
    return jobId != null;
  }

  public boolean isDone() {
    return getJob() != null && getJob().isFinished();
  }

  public boolean isAnyIssued() {
    return isDone() && getJob().count(BulkIssueJob.Kind.ISSUED) > 0;
  }

  public long count(String kind) {
    return getJob() == null ? 0 : getJob().count(BulkIssueJob.Kind.valueOf(kind));
  }

  public String getJobId() {
    return jobId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }
}
