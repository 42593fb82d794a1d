package org.relearning.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void withoutAHostMailIsOff() {
    assertThat(MailSettings.from(Map.<String, String>of()::get)).isEmpty();
    assertThat(MailSettings.from(Map.of(MailSettings.HOST, "  ")::get)).isEmpty();
  }

  @Test
  void aHostAndASenderAreEnoughAndThePortDefaultsTo25() {
    MailSettings s =
        MailSettings.from(
                Map.of(MailSettings.HOST, "mail.library.go.th", MailSettings.FROM, "noreply@x.th")
                    ::get)
            .orElseThrow();
    assertThat(s.port()).isEqualTo(25);
    assertThat(s.properties())
        .containsEntry("mail.smtp.host", "mail.library.go.th")
        .containsEntry("mail.smtp.port", "25")
        .containsEntry("mail.smtp.timeout", "10000")
        .doesNotContainKey("mail.smtp.auth")
        .doesNotContainKey("mail.smtp.starttls.enable");
  }

  @Test
  void credentialsAndStartTlsAreAskedOfTheServer() {
    MailSettings s =
        MailSettings.from(
                Map.of(
                        MailSettings.HOST, "smtp.example.org",
                        MailSettings.FROM, "relearn@example.org",
                        MailSettings.PORT, "587",
                        MailSettings.STARTTLS, "TRUE",
                        MailSettings.USER, "relearn",
                        MailSettings.PASSWORD, "secret")
                    ::get)
            .orElseThrow();
    assertThat(s.properties())
        .containsEntry("mail.smtp.port", "587")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.starttls.required", "true");
    assertThat(s.toString()).doesNotContain("secret");
  }

  @Test
  void aHostWithoutASenderOrWithABadPortIsAMistake() {
    assertThatThrownBy(() -> MailSettings.from(Map.of(MailSettings.HOST, "h")::get))
        .hasMessageContaining(MailSettings.FROM);
    assertThatThrownBy(
            () ->
                MailSettings.from(
                    Map.of(MailSettings.HOST, "h", MailSettings.FROM, "f@x", MailSettings.PORT, "x")
                        ::get))
        .hasMessageContaining(MailSettings.PORT);
    assertThatThrownBy(
            () ->
                MailSettings.from(
                    Map.of(MailSettings.HOST, "h", MailSettings.FROM, "f@x", MailSettings.PORT, "0")
                        ::get))
        .hasMessageContaining("out of range");
  }
}
