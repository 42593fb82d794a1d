package org.relearning.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Post-redirect-get: after a change, go to a page by its path, so a reload does not resubmit. */
public final class Navigation {

  private Navigation() {}

  public static void redirect(String pathAndQuery) {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ext.redirect(ext.getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
