package org.relearning.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.relearning.platform.i18n.Dates;

/**
 * Translated texts for code: the same bundles the pages use as {@code #{msg[...]}}. Dates among the
 * arguments are written in the reader's calendar (the Buddhist era in Thai).
 */
public final class Messages {

  public static final String BUNDLE = "org.relearning.web.i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = bundle.getString("error.general");
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof LocalDate day) {
        shown[i] = Dates.longDate(day, locale);
      }
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  public static String text(String key, Object... args) {
    return text(currentLocale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(key, args);
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  private static Locale currentLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.forLanguageTag("th");
  }
}
