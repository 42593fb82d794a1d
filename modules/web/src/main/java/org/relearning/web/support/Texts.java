package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Bundle messages with arguments, for pages: {@code #{text.format('key', a, b)}}. */
@Named("text")
@RequestScoped
public class Texts {

  @Inject private Language language;

  public String format(String key, Object a) {
    return Messages.text(language.getLocale(), key, a);
  }

  public String format(String key, Object a, Object b) {
    return Messages.text(language.getLocale(), key, a, b);
  }
}
