package org.relearning.web.support;

import org.relearning.platform.error.NotFoundException;

/** Page parameters people can type or mangle: a missing id is a page that does not exist. */
public final class Params {

  private Params() {}

  public static long required(Long id, String what) {
    if (id == null) {
      throw new NotFoundException(what, "");
    }
    return id;
  }
}
