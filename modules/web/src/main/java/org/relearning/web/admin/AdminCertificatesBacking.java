package org.relearning.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.platform.i18n.Dates;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/** Issued certificates of the administrator's library (all, for the system administrator). */
@Named("adminCertificates")
@ViewScoped
public class AdminCertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateService certificates;
  @Inject private Language language;
  @Inject private CourseService courses;

  private transient List<Certificate> list;
  private String selectedUid;
  private String selectedCode;
  private String reason;
  private String username;
  private Long courseId;
  private LocalDate completedOn;
  private String nameTh;
  private String nameEn;
  private transient List<Course> courseChoices;

  public List<Certificate> getCertificates() {
    if (list == null) {
      list = certificates.visibleToCaller();
    }
    return list;
  }

  public String date(Certificate c) {
    return Dates.shortDate(c.getCompletedOn(), language.getLocale());
  }

  public void select(String uid) {
    selectedUid = uid;
    selectedCode =
        getCertificates().stream()
            .filter(c -> c.getUid().equals(uid))
            .map(Certificate::getCode)
            .findFirst()
            .orElse("");
    reason = null;
  }

  public void revoke() {
    certificates.revoke(selectedUid, reason);
    Messages.info("admin.certificates.revoked", selectedCode);
    Navigation.redirect("/admin/certificates.xhtml");
  }

  /** The courses an administrator may issue for: those of the libraries they run. */
  public List<Course> getCourseChoices() {
    if (courseChoices == null) {
      courseChoices = courses.authoredByCaller();
    }
    return courseChoices;
  }

  public void startIssue() {
    username = null;
    courseId = null;
    completedOn = null;
    reason = null;
  }

  public void issue() {
    Certificate c =
        certificates.issueByHand(username, courseId == null ? -1 : courseId, completedOn, reason);
    Messages.info("admin.certificates.issued", c.getCode(), c.learnerName(language.getLocale()));
    Navigation.redirect("/admin/certificates.xhtml");
  }

  public void selectForCorrection(String uid) {
    select(uid);
    getCertificates().stream()
        .filter(c -> c.getUid().equals(uid))
        .findFirst()
        .ifPresent(
            c -> {
              nameTh = c.getLearnerNameTh();
              nameEn = c.getLearnerNameEn();
            });
  }

  public void correctName() {
    certificates.correctName(selectedUid, nameTh, nameEn, reason);
    Messages.info("admin.certificates.nameCorrected", selectedCode);
    Navigation.redirect("/admin/certificates.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getSelectedCode() {
    return selectedCode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
