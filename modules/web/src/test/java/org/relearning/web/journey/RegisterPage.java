package org.relearning.web.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /register.xhtml}: a learner creates their own account. */
final class RegisterPage extends Page {

  static final String PATH = "/register.xhtml";

  RegisterPage(Browser browser) {
    super(browser, PATH);
    visible(By.id("register:nameTh"));
  }

  /** Follows the link under the sign-in form, as a newcomer would. */
  static RegisterPage fromLogin(LoginPage login) {
    login
        .browser()
        .clickAndWaitForPage(login.browser().driver().findElement(By.id("register-link")));
    return new RegisterPage(login.browser());
  }

  RegisterPage names(String thai, String english) {
    type(By.id("register:nameTh"), thai);
    type(By.id("register:nameEn"), english);
    return this;
  }

  RegisterPage account(String username, String password) {
    type(By.id("register:username"), username);
    type(By.id("register:password"), password);
    return this;
  }

  /** The optional e-mail address, offered when the server can send mail. */
  RegisterPage email(String address) {
    type(By.id("register:email"), address);
    return this;
  }

  RegisterPage library(String visibleName) {
    new Select(clickable(By.id("register:library"))).selectByVisibleText(visibleName);
    return this;
  }

  RegisterPage ageGroup(String visibleLabel) {
    new Select(clickable(By.id("register:ageGroup"))).selectByVisibleText(visibleLabel);
    return this;
  }

  RegisterPage consent() {
    WebElement box = clickable(By.id("register:consent"));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** The text explaining why the optional questions are asked. */
  String whyWeAsk() {
    return text(By.cssSelector("fieldset.optional p.hint"));
  }

  /** Submits; the caller builds the page the application landed on. */
  void submit() {
    submit(By.id("register:submit"));
  }
}
