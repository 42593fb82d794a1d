package org.relearning.certificate.template;

/** A4, either way round. */
public enum Orientation {
  LANDSCAPE,
  PORTRAIT
}
