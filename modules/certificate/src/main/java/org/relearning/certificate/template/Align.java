package org.relearning.certificate.template;

/** How a field's lines sit in its box. */
public enum Align {
  LEFT,
  CENTER,
  RIGHT
}
