package org.relearning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.relearning.certificate.Certificate;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;

/**
 * The public answer to "is this certificate genuine?": valid, revoked (with the date, never the
 * reason) or unknown. The lookup itself is done by {@link VerifyServlet}.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject private Language language;
  @Inject private jakarta.servlet.http.HttpServletRequest request;

  private Optional<Certificate> certificate() {
    Object c = request.getAttribute(VerifyServlet.RESULT);
    return c instanceof Certificate cert ? Optional.of(cert) : Optional.empty();
  }

  /** Whether a code was looked up in this request (the page also serves file checks). */
  public boolean isLookedUp() {
    return request.getAttribute(VerifyServlet.LOOKED_UP) != null;
  }

  public boolean isFound() {
    return certificate().isPresent();
  }

  public Certificate getCertificate() {
    return certificate().orElse(null);
  }

  public String getState() {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    return certificate()
        .map(c -> c.isRevoked() ? "revoked" : c.isExpiredOn(today) ? "expired" : "valid")
        .orElse("unknown");
  }

  /** The last valid day, for a certificate that expires; empty otherwise. */
  public String getExpiresOn() {
    return certificate()
        .map(Certificate::getExpiresOn)
        .map(day -> Dates.longDate(day, language.getLocale()))
        .orElse("");
  }

  public String getLearnerName() {
    return certificate().map(c -> c.learnerName(language.getLocale())).orElse("");
  }

  public String getLibraryName() {
    return certificate().map(c -> c.libraryName(language.getLocale())).orElse("");
  }

  public String getCompletedOn() {
    return certificate()
        .map(c -> Dates.longDate(c.getCompletedOn(), language.getLocale()))
        .orElse("");
  }

  public String getRevokedOn() {
    return certificate()
        .filter(Certificate::isRevoked)
        .map(
            c ->
                Dates.longDate(
                    c.getRevokedAt().atZone(Clocks.ZONE).toLocalDate(), language.getLocale()))
        .orElse("");
  }
}
