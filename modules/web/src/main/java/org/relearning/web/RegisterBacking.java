package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.AgeGroup;
import org.relearning.identity.account.PasswordPolicy;
import org.relearning.identity.account.Profile;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.PeopleService;
import org.relearning.identity.people.Registration;
import org.relearning.platform.mail.Mailer;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.TextSize;

/**
 * A learner registers themselves: names, a username and password, their library, and only if they
 * wish their age group, occupation and province (for the funder's statistics, never shown to
 * others). They are signed in at once.
 */
@Named
@RequestScoped
public class RegisterBacking {

  @EJB private PeopleService people;
  @EJB private LibraryService libraries;
  @Inject private RegistrationThrottle throttle;
  @Inject private SecurityContext security;
  @Inject private Language language;
  @Inject private Mailer mailer;
  @Inject private TextSize textSize;
  @EJB private AccountService accounts;

  private String nameTh;
  private String nameEn;
  private String username;
  private String password;
  private String email;
  private Long libraryId;
  private AgeGroup ageGroup;
  private String occupation;
  private String province;
  private boolean statisticsConsent;
  private List<Library> libraryList;

  public void register() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest req = (HttpServletRequest) ext.getRequest();
    if (!throttle.allow(req.getRemoteAddr())) {
      Messages.error("register.throttled");
      return;
    }
    Account account =
        people.register(
            new Registration(
                username,
                password,
                nameTh,
                nameEn,
                libraryId,
                new Profile(ageGroup, occupation, province, statisticsConsent),
                language.getTag(),
                mailer.isConfigured() ? email : null));
    if (textSize.isLarge()) {
      accounts.rememberChoice(account.getUsername(), null, true);
    }
    if (req.getSession(false) != null) {
      req.changeSessionId();
    }
    AuthenticationStatus status =
        security.authenticate(
            req,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(account.getUsername(), new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      Messages.info("register.welcome", account.name(language.getLocale()));
      Navigation.redirect("/learn/index.xhtml");
    } else {
      Messages.info("register.signInNow", account.getUsername());
      Navigation.redirect("/login.xhtml");
    }
    faces.responseComplete();
  }

  /** The libraries by name in the reader's language, which is how people look for theirs. */
  public List<Library> getLibraries() {
    if (libraryList == null) {
      Collator collator = Collator.getInstance(language.getLocale());
      libraryList =
          libraries.all().stream()
              .sorted(Comparator.comparing(l -> l.name(language.getLocale()), collator))
              .toList();
    }
    return libraryList;
  }

  public AgeGroup[] getAgeGroups() {
    return AgeGroup.values();
  }

  public int getPasswordMinLength() {
    return PasswordPolicy.MIN_LENGTH;
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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public void setLibraryId(Long libraryId) {
    this.libraryId = libraryId;
  }

  public AgeGroup getAgeGroup() {
    return ageGroup;
  }

  public void setAgeGroup(AgeGroup ageGroup) {
    this.ageGroup = ageGroup;
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public boolean isStatisticsConsent() {
    return statisticsConsent;
  }

  public void setStatisticsConsent(boolean statisticsConsent) {
    this.statisticsConsent = statisticsConsent;
  }

  /** The e-mail address is asked for only when the server can send mail to it. */
  public boolean isEmailOffered() {
    return mailer.isConfigured();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
