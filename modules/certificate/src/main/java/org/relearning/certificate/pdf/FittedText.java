package org.relearning.certificate.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/** Text broken into lines at the font size that lets every line fit its box. */
record FittedText(List<String> lines, BaseFont font, float size) {

  FittedText {
    lines = List.copyOf(lines);
  }

  /** Distance between baselines; Thai needs room above for stacked marks and below for ุ ู. */
  float leading() {
    return size * 1.3f;
  }

  float height() {
    return leading() * lines.size();
  }
}
