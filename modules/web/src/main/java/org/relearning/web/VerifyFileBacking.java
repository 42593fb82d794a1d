package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.CertificateService.CredentialVerdict;
import org.relearning.platform.i18n.Dates;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * The verify page's second question: "is this credential file genuine?" An employer uploads the
 * {@code .jwt} a learner gave them; a changed byte shows as a broken signature.
 */
@Named
@RequestScoped
public class VerifyFileBacking {

  /** A credential is a few kilobytes; anything much larger is not one. */
  static final int MAX_BYTES = 64 * 1024;

  @EJB private CertificateService certificates;
  @Inject private Language language;

  private Part file;
  private CredentialVerdict verdict;

  public void check() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("verify.file.missing");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      Messages.error("verify.file.tooLarge");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      verdict =
          certificates.checkCredential(
              new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
    }
  }

  /** valid, revoked or tampered; empty before a file was checked. */
  public String getState() {
    if (verdict == null) {
      return "";
    }
    if (!verdict.isGenuine()) {
      return "tampered";
    }
    return verdict.certificate().isRevoked() ? "revoked" : "valid";
  }

  public String getReason() {
    return verdict == null || verdict.failure() == null
        ? ""
        : Messages.text(
            language.getLocale(), "credential.check." + verdict.failure().name().toLowerCase());
  }

  public String getLearnerName() {
    return verdict.certificate().learnerName(language.getLocale());
  }

  public String getCourseTitle() {
    return verdict.certificate().getCourseTitle();
  }

  public String getLibraryName() {
    return verdict.certificate().libraryName(language.getLocale());
  }

  public String getCompletedOn() {
    return Dates.longDate(verdict.certificate().getCompletedOn(), language.getLocale());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
