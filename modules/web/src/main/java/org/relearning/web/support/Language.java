package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.relearning.platform.i18n.Languages;

/**
 * The language of this request: chosen on any page with {@code ?lang=th|en} (kept in the session
 * and a cookie by {@link LanguageFilter}), otherwise the browser's.
 */
@Named
@RequestScoped
public class Language {

  public Locale getLocale() {
    return LanguageFilter.localeOf(request());
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public boolean isThai() {
    return Languages.isThai(getLocale());
  }

  /** This page in the other language, keeping its query parameters. */
  public String switchUrl(String tag) {
    HttpServletRequest req = request();
    String uri =
        req.getAttribute("jakarta.servlet.forward.request_uri") instanceof String forwarded
            ? forwarded
            : req.getRequestURI();
    String query =
        req.getAttribute("jakarta.servlet.forward.query_string") instanceof String fq
            ? fq
            : req.getQueryString();
    StringBuilder url = new StringBuilder(uri).append('?');
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.startsWith("lang=") && !pair.isEmpty()) {
          url.append(pair).append('&');
        }
      }
    }
    return url.append("lang=").append(Languages.fromTag(tag).getLanguage()).toString();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
