package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.relearning.identity.account.Account;
import org.relearning.identity.people.PeopleService;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.mail.Mailer;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Messages;

/**
 * {@code /forgot.xhtml}: someone who cannot sign in asks for a one-time password link by e-mail,
 * giving their username or e-mail address. The page says the same whatever matched, so it tells
 * nobody which accounts exist; each e-mail is in its holder's language. Without a mail server the
 * page says to ask the library, which can issue the same link by hand.
 */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

  private static final Logger LOG = Logger.getLogger(ForgotPasswordBacking.class.getName());

  @EJB private PeopleService people;
  @Inject private Mailer mailer;
  @Inject private RegistrationThrottle throttle;

  private String who;
  private boolean sent;

  /** Whether links can be e-mailed from here: a mail server, and an address to put in them. */
  public boolean isAvailable() {
    return mailer.isConfigured() && PublicUrls.mailBase(request()).isPresent();
  }

  public void send() {
    HttpServletRequest req = request();
    Optional<String> base = PublicUrls.mailBase(req);
    if (!mailer.isConfigured() || base.isEmpty()) {
      LOG.warning(
          "A password link by e-mail was asked for, but mail or RELEARN_BASE_URL is not set");
      Messages.error("forgot.unavailable");
      return;
    }
    if (!throttle.allow(req.getRemoteAddr())) {
      Messages.error("register.throttled");
      return;
    }
    for (PeopleService.EmailedLink l : people.linksToEmail(who)) {
      Account a = l.account();
      Locale locale = Languages.fromTag(a.getLanguage());
      String url = base.get() + "/password.xhtml?token=" + l.link().token();
      String until = Dates.shortDateTime(l.link().expiresAt().atZone(Clocks.ZONE), locale);
      mailer.send(
          a.getEmail(),
          Messages.text(locale, "forgot.mail.subject"),
          Messages.text(locale, "forgot.mail.body", a.name(locale), a.getUsername(), url, until));
    }
    sent = true;
    Messages.info("forgot.sent");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public boolean isSent() {
    return sent;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }
}
