package org.relearning.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the SMTP server in {@link MailSettings}; off (and saying so) when
 * none is configured, so that features needing mail can offer themselves only when it works.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  private Optional<MailSettings> settings = Optional.empty();
  private Session session;

  @PostConstruct
  void configure() {
    try {
      settings = MailSettings.from(System::getenv);
    } catch (IllegalArgumentException e) {
      // a half-configured mail server must not take the pages that offer mail down with it
      LOG.severe(() -> "Mail is off: " + e.getMessage());
      settings = Optional.empty();
      return;
    }
    settings.ifPresentOrElse(
        s -> {
          session = session(s);
          LOG.info(() -> "Mail through " + s);
        },
        () -> LOG.info("No mail server configured (" + MailSettings.HOST + "): mail is off"));
  }

  private static Session session(MailSettings s) {
    if (s.user() == null) {
      return Session.getInstance(s.properties());
    }
    return Session.getInstance(
        s.properties(),
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(s.user(), s.password());
          }
        });
  }

  public boolean isConfigured() {
    return settings.isPresent();
  }

  /**
   * Sends one message in UTF-8; returns whether the server took it. A refusal or a silent server is
   * logged, never thrown: the caller's page goes on.
   */
  public boolean send(String to, String subject, String text) {
    if (settings.isEmpty()) {
      return false;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.get().from()));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.warning(() -> "Mail not sent through " + settings.get() + ": " + e.getMessage());
      return false;
    }
  }
}
