package org.relearning.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner who registered with an e-mail address forgets their password and gets a one-time link
 * by e-mail, in Thai, at 360 px: through a real SMTP server on loopback (the servers under test are
 * pointed at its port by the build), the link works once, a second request so soon sends nothing,
 * and an address nobody registered gets the same answer and no mail.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordByEmailJourneyIT {

  private static final String PASSWORD = "mail-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String LIBRARY_TH = "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์";
  private static final String NAME_TH = "สมชาย ลืมง่าย";
  private static final String SENT_TH = "หากตรงกับบัญชีที่มีอีเมล ลิงก์กำลังส่งไปให้";
  private static final String PASSWORD_SET_TH = "ตั้งรหัสผ่านเรียบร้อยแล้ว";
  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/password\\.xhtml\\?token=\\S+");

  private static GreenMail smtp;

  private final String username = "forgets-" + UUID.randomUUID().toString().substring(0, 6);
  private final String email = username + "@example.org";

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @BeforeAll
  static void startTheMailServer() {
    Browser.requireChromium();
    int port = Integer.parseInt(System.getProperty("relearn.it.smtp.port"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopTheMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aLearnerWhoForgotTheirPasswordSetsANewOneThroughALinkSentByEmail() throws Exception {
    try (Browser browser = Browser.start(base, screenshots())) {
      try {
        registersWithAnEmailAddress(browser);
        String link = asksForALinkAndGetsItByEmail(browser);
        setsTheNewPasswordOnceAndSignsIn(browser, link);
        askingAgainSoSoonOrForAStrangerSendsNothing(browser);
      } catch (Exception | AssertionError e) {
        browser.keepEvidence("password-by-email-failure");
        throw e;
      }
    }
  }

  private void registersWithAnEmailAddress(Browser browser) {
    browser.forgetEveryone();
    RegisterPage register = RegisterPage.fromLogin(LoginPage.open(browser, "th"));
    register
        .names(NAME_TH, "Somchai Luemngai")
        .account(username, "first-" + PASSWORD)
        .email(" " + email.toUpperCase() + " ")
        .library(LIBRARY_TH)
        .consent();
    browser.screenshot("m01-register-with-email-th");
    register.submit();
    new MyLearningPage(browser).signOut();
  }

  private String asksForALinkAndGetsItByEmail(Browser browser) throws Exception {
    ForgotPasswordPage forgot = LoginPage.open(browser, "th").forgotPassword();
    assertThat(forgot.offersEmail()).isTrue();
    ForgotPasswordPage asked = forgot.ask(email);
    assertThat(asked.messages()).anySatisfy(m -> assertThat(m).startsWith(SENT_TH));
    assertThat(browser.overflowsSideways()).as("fits a 360 px phone").isFalse();
    browser.screenshot("m02-link-on-its-way-th");

    assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("a mail arrives").isTrue();
    List<MimeMessage> to = toLearner();
    assertThat(to).hasSize(1);
    MimeMessage mail = to.get(0);
    assertThat(mail.getSubject()).contains("ตั้งรหัสผ่านใหม่");
    String text = (String) mail.getContent();
    assertThat(text).contains(NAME_TH, username);
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as("the mail holds the link: %s", text).isTrue();
    return link.group();
  }

  private void setsTheNewPasswordOnceAndSignsIn(Browser browser, String link) {
    PasswordPage page = PasswordPage.open(browser, link);
    assertThat(page.usable()).isTrue();
    assertThat(page.greeting()).contains(NAME_TH, username);
    LoginPage login = page.setPassword("second-" + PASSWORD);
    assertThat(login.messages()).anySatisfy(m -> assertThat(m).startsWith(PASSWORD_SET_TH));
    login.signIn(username, "second-" + PASSWORD);
    new MyLearningPage(browser).signOut();
    assertThat(PasswordPage.open(browser, link).usable()).as("the link works once").isFalse();
  }

  private void askingAgainSoSoonOrForAStrangerSendsNothing(Browser browser) throws Exception {
    ForgotPasswordPage again = ForgotPasswordPage.open(browser).ask(username);
    assertThat(again.messages()).anySatisfy(m -> assertThat(m).startsWith(SENT_TH));
    ForgotPasswordPage stranger =
        ForgotPasswordPage.open(browser).ask("nobody-" + UUID.randomUUID() + "@example.org");
    assertThat(stranger.messages())
        .as("the same answer, telling nobody which accounts exist")
        .anySatisfy(m -> assertThat(m).startsWith(SENT_TH));
    assertThat(smtp.waitForIncomingEmail(3_000, 2)).as("no second mail").isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  private List<MimeMessage> toLearner() {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("relearn.screenshots", "target/screenshots"));
  }
}
