package org.relearning.certificate.template;

/** What a template places on the page, each in a box of its own. */
public enum Field {
  HEADING(true, 1),
  LEARNER_NAME(true, 2),
  COURSE(true, 3),
  HOURS(true, 1),
  COMPLETED_ON(true, 1),
  GRADE(true, 1),
  LIBRARY(true, 2),
  CODE(true, 1),
  QR(false, 0),
  LOGO(false, 0),
  SIGNATURES(true, 1);

  private final boolean text;
  private final int maxLines;

  Field(boolean text, int maxLines) {
    this.text = text;
    this.maxLines = maxLines;
  }

  /** Whether the field prints text, so that its font size matters. */
  public boolean isText() {
    return text;
  }

  /** How many lines a long value may wrap to before it shrinks further. */
  public int maxLines() {
    return maxLines;
  }

  /** The narrowest box, in % of the page width. */
  public double minWidth() {
    return this == QR || this == LOGO ? 3 : 5;
  }

  /** The widest box, in % of the page width: a QR code or logo as wide as the page is nonsense. */
  public double maxWidth() {
    return this == QR || this == LOGO ? 50 : 100;
  }
}
