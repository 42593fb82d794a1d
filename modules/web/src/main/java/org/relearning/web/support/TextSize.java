package org.relearning.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The text size of this request, for the layout: the class on {@code <html>} and the header link
 * that switches between normal and larger text (kept by {@link TextSizeFilter}).
 */
@Named
@RequestScoped
public class TextSize {

  public boolean isLarge() {
    return TextSizeFilter.isLarge(request());
  }

  /** The class on {@code <html>}: the style sheet scales every size from it. */
  public String getHtmlClass() {
    return isLarge() ? "text-large" : "text-normal";
  }

  /** This page again with the other text size, keeping its query parameters. */
  public String getSwitchUrl() {
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
        if (!pair.startsWith(TextSizeFilter.PARAMETER + "=") && !pair.isEmpty()) {
          url.append(pair).append('&');
        }
      }
    }
    return url.append(TextSizeFilter.PARAMETER)
        .append('=')
        .append(isLarge() ? TextSizeFilter.NORMAL : TextSizeFilter.LARGE)
        .toString();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
