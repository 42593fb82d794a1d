package org.relearning.certificate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relearning.platform.error.BusinessException;

class TemplateRulesTest {

  @Test
  void theBuiltInDesignPassesUnchanged() {
    TemplateDesign builtIn = TemplateDesign.builtIn();

    assertThat(TemplateRules.checked(builtIn)).isEqualTo(builtIn);
    assertThat(builtIn.hasBuiltInBody()).isTrue();
    assertThat(builtIn.getHeadingTh()).isEqualTo("เกียรติบัตร");
    assertThat(builtIn.getHeadingEn()).isEqualTo("Certificate of Completion");
  }

  @ParameterizedTest
  @CsvSource({
    "LEARNER_NAME, fontSize, 10000",
    "LEARNER_NAME, fontSize, 2",
    "COURSE, x, -1",
    "COURSE, x, 95",
    "HEADING, y, 140",
    "HEADING, y, -0.5",
    "LIBRARY, width, 0",
    "LIBRARY, width, 120",
    "QR, width, 80",
    "CODE, fontSize, NaN",
    "CODE, y, Infinity"
  })
  void numbersOutOfRangeAreRefusedNamingTheFieldAndWhat(Field field, String what, double value) {
    TemplateDesign draft = TemplateDesign.builtIn();
    Placement p = draft.getLayout().get(field);
    switch (what) {
      case "x" -> p.setX(value);
      case "y" -> p.setY(value);
      case "width" -> p.setWidth(value);
      default -> p.setFontSize(value);
    }

    assertThatThrownBy(() -> TemplateRules.checked(draft))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("certificate.template.outOfRange");
              assertThat(e.arguments()).containsExactly(field.name(), what);
            });
  }

  @Test
  void aBoxMayNotReachPastTheRightEdge() {
    TemplateDesign draft = TemplateDesign.builtIn();
    draft.getLayout().get(Field.LEARNER_NAME).setX(30);
    draft.getLayout().get(Field.LEARNER_NAME).setWidth(71);

    assertThatThrownBy(() -> TemplateRules.checked(draft)).isInstanceOf(BusinessException.class);

    draft.getLayout().get(Field.LEARNER_NAME).setWidth(70);
    assertThat(TemplateRules.checked(draft).placement(Field.LEARNER_NAME).getWidth()).isEqualTo(70);
  }

  @Test
  void textsAreTrimmedAndLimited() {
    TemplateDesign draft = TemplateDesign.builtIn();
    draft.setHeadingTh("  เกียรติบัตร   ฉบับนี้ ");
    draft.setIntroEn(null);

    TemplateDesign checked = TemplateRules.checked(draft);

    assertThat(checked.getHeadingTh()).isEqualTo("เกียรติบัตร ฉบับนี้");
    assertThat(checked.getIntroEn()).isEmpty();

    draft.setHeadingEn("x".repeat(TemplateRules.HEADING_MAX + 1));
    assertThatThrownBy(() -> TemplateRules.checked(draft))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("certificate.template.tooLong"));
  }

  @Test
  void atMostTwoSignatoriesAndEmptyOnesAreDropped() {
    TemplateDesign draft = TemplateDesign.builtIn();
    List<Signatory> signatories = new ArrayList<>();
    signatories.add(
        new Signatory("นายสมชาย ใจดี", "Somchai Jaidee", "ผู้อำนวยการ", "Director", null));
    signatories.add(new Signatory(" ", "", "", "", null));
    signatories.add(new Signatory("ครูสมศรี", "Somsri", "วิทยากร", "Instructor", null));
    draft.setSignatories(signatories);

    assertThat(TemplateRules.checked(draft).getSignatories())
        .extracting(Signatory::getNameEn)
        .containsExactly("Somchai Jaidee", "Somsri");

    signatories.add(new Signatory("คนที่สาม", "Third", "", "", null));
    assertThatThrownBy(() -> TemplateRules.checked(draft))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("certificate.template.tooManySignatories"));
  }

  @Test
  void missingFieldsGetTheirBuiltInPlaceForTheOrientation() {
    TemplateDesign draft = TemplateDesign.builtIn();
    draft.setOrientation(Orientation.PORTRAIT);
    draft.getLayout().clear();

    TemplateDesign checked = TemplateRules.checked(draft);

    assertThat(checked.getLayout()).containsOnlyKeys(Field.values());
    assertThat(checked.getLayout()).isEqualTo(TemplateDesign.defaultLayout(Orientation.PORTRAIT));
    assertThat(checked.hasBuiltInBody()).isFalse();
  }

  @Test
  void movingAFieldLeavesTheBuiltInBody() {
    TemplateDesign draft = TemplateDesign.builtIn();
    draft.setHeadingTh("เกียรติบัตรห้องสมุด");
    draft.getLayout().get(Field.LOGO).setX(80);
    assertThat(draft.hasBuiltInBody()).as("wording and pictures do not count").isTrue();

    draft.getLayout().get(Field.LEARNER_NAME).setY(35);
    assertThat(draft.hasBuiltInBody()).isFalse();
  }

  @Test
  void theDraftIsNotChangedByChecking() {
    TemplateDesign draft = TemplateDesign.builtIn();
    draft.setHeadingTh("  หัวเรื่อง ");

    TemplateRules.checked(draft);

    assertThat(draft.getHeadingTh()).isEqualTo("  หัวเรื่อง ");
  }
}
