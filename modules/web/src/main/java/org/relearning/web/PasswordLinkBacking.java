package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.PasswordPolicy;
import org.relearning.identity.people.PasswordLinks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/**
 * {@code /password.xhtml?token=…}: the page of a one-time link an administrator gave someone. It
 * greets them by name, takes a new password once, and sends them to sign in.
 */
@Named
@RequestScoped
public class PasswordLinkBacking {

  @EJB private PasswordLinks links;
  @Inject private Language language;

  private String token;
  private String password;
  private String repeated;
  private Optional<Account> holder;

  public boolean isUsable() {
    if (holder == null) {
      holder = links.holder(token);
    }
    return holder.isPresent();
  }

  public String getHolderName() {
    return isUsable() ? holder.get().name(language.getLocale()) : "";
  }

  public String getHolderUsername() {
    return isUsable() ? holder.get().getUsername() : "";
  }

  public void save() {
    if (password == null || !password.equals(repeated)) {
      Messages.error("password.mismatch");
      return;
    }
    Account account = links.redeem(token, password);
    Messages.info("password.set.done", account.getUsername());
    Navigation.redirect("/login.xhtml");
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
