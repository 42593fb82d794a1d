package org.relearning.certificate.template;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A certificate's design: page orientation, background and logo pictures, up to two signatures, the
 * heading and the lines introducing the name and the course in Thai and English, and where each
 * {@link Field} goes. A plain editable object for the designer page; the service validates it
 * ({@link TemplateRules}) before it is kept or rendered, and keeps it as JSON ({@link
 * TemplateJson}).
 */
public class TemplateDesign implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_SIGNATORIES = 2;

  private Orientation orientation = Orientation.LANDSCAPE;
  private String headingTh = "";
  private String headingEn = "";
  private String introTh = "";
  private String introEn = "";
  private String courseIntroTh = "";
  private String courseIntroEn = "";
  private Long backgroundId;
  private Long logoId;
  private List<Signatory> signatories = new ArrayList<>();
  private Map<Field, Placement> layout = new EnumMap<>(Field.class);

  /**
   * The design every library starts with, and what a library without a template of its own prints:
   * the reviewed landscape layout with its wording from the certificate bundle.
   */
  public static TemplateDesign builtIn() {
    TemplateDesign d = new TemplateDesign();
    ResourceBundle th = wording(Locale.forLanguageTag("th"));
    ResourceBundle en = wording(Locale.ENGLISH);
    d.headingTh = th.getString("title");
    d.headingEn = en.getString("title");
    d.introTh = th.getString("certifyThat");
    d.introEn = en.getString("certifyThat");
    d.courseIntroTh = th.getString("completedCourse");
    d.courseIntroEn = en.getString("completedCourse");
    d.layout = defaultLayout(Orientation.LANDSCAPE);
    return d;
  }

  /**
   * Where the built-in design puts each field on a page of the given orientation. In landscape
   * these are the positions of the reviewed layout.
   */
  public static Map<Field, Placement> defaultLayout(Orientation orientation) {
    Map<Field, Placement> l = new EnumMap<>(Field.class);
    if (orientation == Orientation.PORTRAIT) {
      l.put(Field.HEADING, new Placement(10, 13, 80, 40, Align.CENTER, true));
      l.put(Field.LEARNER_NAME, new Placement(10, 28, 80, 32, Align.CENTER, true));
      l.put(Field.COURSE, new Placement(10, 41, 80, 22, Align.CENTER, true));
      l.put(Field.LIBRARY, new Placement(10, 55, 80, 16, Align.CENTER, true));
      l.put(Field.HOURS, new Placement(10, 60, 80, 14, Align.CENTER, false));
      l.put(Field.GRADE, new Placement(10, 63, 80, 14, Align.CENTER, false));
      l.put(Field.COMPLETED_ON, new Placement(8, 84, 36, 16, Align.CENTER, true));
      l.put(Field.QR, new Placement(69, 77, 15.5, 11, Align.CENTER, true));
      l.put(Field.CODE, new Placement(56, 88, 40, 10, Align.CENTER, true));
      l.put(Field.LOGO, new Placement(45, 3.5, 10, 11, Align.CENTER, true));
      l.put(Field.SIGNATURES, new Placement(10, 67, 80, 12, Align.CENTER, true));
    } else {
      l.put(Field.HEADING, new Placement(10, 10.5, 80, 46, Align.CENTER, true));
      l.put(Field.LEARNER_NAME, new Placement(10, 31, 80, 40, Align.CENTER, true));
      l.put(Field.COURSE, new Placement(10, 47.5, 80, 26, Align.CENTER, true));
      l.put(Field.LIBRARY, new Placement(10, 60.5, 80, 18, Align.CENTER, true));
      l.put(Field.HOURS, new Placement(10, 65.5, 80, 14, Align.CENTER, false));
      l.put(Field.GRADE, new Placement(10, 69, 80, 14, Align.CENTER, false));
      l.put(Field.COMPLETED_ON, new Placement(6.9, 84.2, 22.6, 16, Align.CENTER, true));
      l.put(Field.QR, new Placement(76.4, 73.1, 10.9, 11, Align.CENTER, true));
      l.put(Field.CODE, new Placement(70.5, 89.4, 22.6, 10, Align.CENTER, true));
      l.put(Field.LOGO, new Placement(6, 6, 9, 11, Align.LEFT, true));
      l.put(Field.SIGNATURES, new Placement(30.5, 74, 39, 11, Align.CENTER, true));
    }
    return l;
  }

  private static ResourceBundle wording(Locale language) {
    return ResourceBundle.getBundle(
        "org.relearning.certificate.pdf.certificate",
        language,
        TemplateDesign.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public TemplateDesign copy() {
    TemplateDesign d = new TemplateDesign();
    d.orientation = orientation;
    d.headingTh = headingTh;
    d.headingEn = headingEn;
    d.introTh = introTh;
    d.introEn = introEn;
    d.courseIntroTh = courseIntroTh;
    d.courseIntroEn = courseIntroEn;
    d.backgroundId = backgroundId;
    d.logoId = logoId;
    d.signatories = new ArrayList<>();
    for (Signatory s : signatories) {
      d.signatories.add(s.copy());
    }
    d.layout = new EnumMap<>(Field.class);
    layout.forEach((field, placement) -> d.layout.put(field, placement.copy()));
    return d;
  }

  /** The placement of a field; the built-in one when the layout lacks it. */
  public Placement placement(Field field) {
    Placement p = layout.get(field);
    return p != null ? p : defaultLayout(orientation).get(field);
  }

  /**
   * Whether the text fields and the QR code sit exactly where the built-in landscape design puts
   * them. Such a page is drawn as the reviewed design always was: name, course and library as one
   * centred block that shrinks together when long. Once one of them is moved, each field is drawn
   * in its own box.
   */
  public boolean hasBuiltInBody() {
    if (orientation != Orientation.LANDSCAPE) {
      return false;
    }
    Map<Field, Placement> builtIn = defaultLayout(Orientation.LANDSCAPE);
    for (Field f : Field.values()) {
      if (f != Field.LOGO && f != Field.SIGNATURES && !builtIn.get(f).equals(placement(f))) {
        return false;
      }
    }
    return true;
  }

  public String heading(boolean thai) {
    return thai ? headingTh : headingEn;
  }

  public String intro(boolean thai) {
    return thai ? introTh : introEn;
  }

  public String courseIntro(boolean thai) {
    return thai ? courseIntroTh : courseIntroEn;
  }

  /** The signatories that have anything to print. */
  public List<Signatory> printedSignatories() {
    return signatories.stream().filter(s -> !s.isEmpty()).toList();
  }

  public Orientation getOrientation() {
    return orientation;
  }

  public void setOrientation(Orientation orientation) {
    this.orientation = orientation;
  }

  public String getHeadingTh() {
    return headingTh;
  }

  public void setHeadingTh(String headingTh) {
    this.headingTh = headingTh;
  }

  public String getHeadingEn() {
    return headingEn;
  }

  public void setHeadingEn(String headingEn) {
    this.headingEn = headingEn;
  }

  public String getIntroTh() {
    return introTh;
  }

  public void setIntroTh(String introTh) {
    this.introTh = introTh;
  }

  public String getIntroEn() {
    return introEn;
  }

  public void setIntroEn(String introEn) {
    this.introEn = introEn;
  }

  public String getCourseIntroTh() {
    return courseIntroTh;
  }

  public void setCourseIntroTh(String courseIntroTh) {
    this.courseIntroTh = courseIntroTh;
  }

  public String getCourseIntroEn() {
    return courseIntroEn;
  }

  public void setCourseIntroEn(String courseIntroEn) {
    this.courseIntroEn = courseIntroEn;
  }

  public Long getBackgroundId() {
    return backgroundId;
  }

  public void setBackgroundId(Long backgroundId) {
    this.backgroundId = backgroundId;
  }

  public Long getLogoId() {
    return logoId;
  }

  public void setLogoId(Long logoId) {
    this.logoId = logoId;
  }

  public List<Signatory> getSignatories() {
    return signatories;
  }

  public void setSignatories(List<Signatory> signatories) {
    this.signatories = signatories;
  }

  public Map<Field, Placement> getLayout() {
    return layout;
  }

  public void setLayout(Map<Field, Placement> layout) {
    this.layout = layout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateDesign d
        && orientation == d.orientation
        && Objects.equals(headingTh, d.headingTh)
        && Objects.equals(headingEn, d.headingEn)
        && Objects.equals(introTh, d.introTh)
        && Objects.equals(introEn, d.introEn)
        && Objects.equals(courseIntroTh, d.courseIntroTh)
        && Objects.equals(courseIntroEn, d.courseIntroEn)
        && Objects.equals(backgroundId, d.backgroundId)
        && Objects.equals(logoId, d.logoId)
        && Objects.equals(signatories, d.signatories)
        && Objects.equals(layout, d.layout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orientation, headingTh, introTh, courseIntroTh, layout);
  }
}
