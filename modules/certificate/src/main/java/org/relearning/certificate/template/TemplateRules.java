package org.relearning.certificate.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relearning.platform.error.BusinessException;

/**
 * What a template may say: every number in range, so that no request, forged or not, puts a field
 * off the page or asks for a 10,000 pt font; texts trimmed and of sensible length.
 */
public final class TemplateRules {

  public static final int HEADING_MAX = 120;
  public static final int LINE_MAX = 200;
  public static final int SIGNATORY_TEXT_MAX = 120;

  /** A box's top edge may not be lower than this (in % of the page height). */
  public static final double MAX_TOP = 95;

  private TemplateRules() {}

  /**
   * A checked, tidied copy of {@code draft}: texts trimmed, empty signatories dropped, fields the
   * draft lacks placed where the built-in design puts them.
   *
   * @throws BusinessException {@code certificate.template.*} naming what is wrong
   */
  public static TemplateDesign checked(TemplateDesign draft) {
    if (draft == null) {
      throw new BusinessException("certificate.template.missing");
    }
    TemplateDesign d = draft.copy();
    if (d.getOrientation() == null) {
      throw new BusinessException("certificate.template.orientation");
    }
    d.setHeadingTh(text(d.getHeadingTh(), HEADING_MAX, "headingTh"));
    d.setHeadingEn(text(d.getHeadingEn(), HEADING_MAX, "headingEn"));
    d.setIntroTh(text(d.getIntroTh(), LINE_MAX, "introTh"));
    d.setIntroEn(text(d.getIntroEn(), LINE_MAX, "introEn"));
    d.setCourseIntroTh(text(d.getCourseIntroTh(), LINE_MAX, "courseIntroTh"));
    d.setCourseIntroEn(text(d.getCourseIntroEn(), LINE_MAX, "courseIntroEn"));
    List<Signatory> signatories = new ArrayList<>();
    for (Signatory s : d.getSignatories() == null ? List.<Signatory>of() : d.getSignatories()) {
      if (s == null) {
        continue;
      }
      s.setNameTh(text(s.getNameTh(), SIGNATORY_TEXT_MAX, "signatory"));
      s.setNameEn(text(s.getNameEn(), SIGNATORY_TEXT_MAX, "signatory"));
      s.setTitleTh(text(s.getTitleTh(), SIGNATORY_TEXT_MAX, "signatory"));
      s.setTitleEn(text(s.getTitleEn(), SIGNATORY_TEXT_MAX, "signatory"));
      if (!s.isEmpty()) {
        signatories.add(s);
      }
    }
    if (signatories.size() > TemplateDesign.MAX_SIGNATORIES) {
      throw new BusinessException(
          "certificate.template.tooManySignatories", TemplateDesign.MAX_SIGNATORIES);
    }
    d.setSignatories(signatories);
    Map<Field, Placement> defaults = TemplateDesign.defaultLayout(d.getOrientation());
    Map<Field, Placement> layout = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      Placement p = d.getLayout() == null ? null : d.getLayout().get(f);
      layout.put(f, p == null ? defaults.get(f) : checked(f, p));
    }
    d.setLayout(layout);
    return d;
  }

  private static Placement checked(Field f, Placement p) {
    range(f, "width", p.getWidth(), f.minWidth(), f.maxWidth());
    range(f, "x", p.getX(), 0, 100 - p.getWidth());
    range(f, "y", p.getY(), 0, MAX_TOP);
    range(f, "fontSize", p.getFontSize(), Placement.MIN_FONT, Placement.MAX_FONT);
    if (p.getAlign() == null) {
      throw new BusinessException("certificate.template.outOfRange", f.name(), "align");
    }
    return p.copy();
  }

  private static void range(Field f, String what, double value, double min, double max) {
    if (!Double.isFinite(value) || value < min || value > max + 1e-9) {
      throw new BusinessException("certificate.template.outOfRange", f.name(), what);
    }
  }

  private static String text(String value, int max, String what) {
    String clean = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    if (clean.length() > max) {
      throw new BusinessException("certificate.template.tooLong", what, max);
    }
    return clean;
  }
}
