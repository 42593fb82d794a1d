package org.relearning.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
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

  private transient List<Certificate> list;
  private String selectedUid;
  private String selectedCode;
  private String reason;

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
