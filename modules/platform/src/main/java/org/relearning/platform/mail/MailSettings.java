package org.relearning.platform.mail;

import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where mail goes, from the environment: {@code RELEARN_SMTP_HOST} turns mail on and then needs
 * {@code RELEARN_SMTP_FROM}; {@code RELEARN_SMTP_PORT} (25), {@code RELEARN_SMTP_STARTTLS} ({@code
 * true} to require it), {@code RELEARN_SMTP_USER} and {@code RELEARN_SMTP_PASSWORD} are optional.
 */
public record MailSettings(
    String host, int port, String from, boolean startTls, String user, String password) {

  public static final String HOST = "RELEARN_SMTP_HOST";
  public static final String PORT = "RELEARN_SMTP_PORT";
  public static final String FROM = "RELEARN_SMTP_FROM";
  public static final String STARTTLS = "RELEARN_SMTP_STARTTLS";
  public static final String USER = "RELEARN_SMTP_USER";
  public static final String PASSWORD = "RELEARN_SMTP_PASSWORD";

  /** A slow or silent mail server must not hold a page: connect and each read are bounded. */
  static final int TIMEOUT_MILLIS = 10_000;

  /**
   * The settings in {@code env}, or empty when mail is off (no host). A host without a sender, or a
   * port that is not a number from 1 to 65535, is a mistake to report, not a silent default.
   */
  public static Optional<MailSettings> from(UnaryOperator<String> env) {
    String host = blankToNull(env.apply(HOST));
    if (host == null) {
      return Optional.empty();
    }
    String from = blankToNull(env.apply(FROM));
    if (from == null) {
      throw new IllegalArgumentException(HOST + " is set but " + FROM + " is not");
    }
    String portText = blankToNull(env.apply(PORT));
    int port;
    try {
      port = portText == null ? 25 : Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT + " is not a number: " + portText, e);
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(PORT + " is out of range: " + port);
    }
    return Optional.of(
        new MailSettings(
            host,
            port,
            from,
            "true".equalsIgnoreCase(blankToNull(env.apply(STARTTLS))),
            blankToNull(env.apply(USER)),
            env.apply(PASSWORD)));
  }

  /** The Jakarta Mail session properties these settings mean. */
  public Properties properties() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
    if (startTls) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (user != null) {
      p.put("mail.smtp.auth", "true");
    }
    return p;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "smtp://" + host + ":" + port + " from " + from + (startTls ? " (STARTTLS)" : "");
  }
}
