package org.relearning.certificate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relearning.platform.error.BusinessException;

class TemplateJsonTest {

  @Test
  void aDesignComesBackAsItWent() {
    TemplateDesign d = TemplateDesign.builtIn();
    d.setOrientation(Orientation.PORTRAIT);
    d.setLayout(TemplateDesign.defaultLayout(Orientation.PORTRAIT));
    d.setHeadingTh("เกียรติบัตรห้องสมุดประชาชน \"พิเศษ\"");
    d.setIntroEn("This certifies that");
    d.setBackgroundId(17L);
    d.setLogoId(null);
    d.setSignatories(
        List.of(
            new Signatory("นายสมชาย ใจดี", "Somchai Jaidee", "ผู้อำนวยการ", "Director", 21L),
            new Signatory("ครูสมศรี", "Somsri", "วิทยากร", "Instructor", null)));
    Placement name = d.getLayout().get(Field.LEARNER_NAME);
    name.setX(12.5);
    name.setY(33.3);
    name.setWidth(75);
    name.setFontSize(28.5);
    name.setAlign(Align.LEFT);
    d.getLayout().get(Field.GRADE).setVisible(true);

    String json = TemplateJson.write(d);
    TemplateDesign back = TemplateJson.read(json);

    assertThat(back).isEqualTo(d);
    assertThat(TemplateRules.checked(back)).isEqualTo(d);
    assertThat(TemplateJson.write(back)).isEqualTo(json);
  }

  @Test
  void theBuiltInDesignRoundTrips() {
    TemplateDesign builtIn = TemplateDesign.builtIn();

    assertThat(TemplateRules.checked(TemplateJson.read(TemplateJson.write(builtIn))))
        .isEqualTo(builtIn);
  }

  @Test
  void garbageIsRefusedAsUnreadable() {
    for (String junk :
        List.of(
            "not json",
            "[]",
            "{\"orientation\":\"SIDEWAYS\"}",
            "{\"layout\":{\"QR\":{\"x\":\"far\"}}}")) {
      assertThatThrownBy(() -> TemplateJson.read(junk))
          .as(junk)
          .isInstanceOfSatisfying(
              BusinessException.class,
              e -> assertThat(e.messageKey()).isEqualTo("certificate.template.unreadable"));
    }
  }

  @Test
  void aForgedDocumentStillMeetsTheRules() {
    String forged =
        "{\"orientation\":\"LANDSCAPE\",\"layout\":{\"LEARNER_NAME\":"
            + "{\"x\":10,\"y\":30,\"width\":80,\"fontSize\":10000,\"align\":\"CENTER\"}}}";

    TemplateDesign read = TemplateJson.read(forged);

    assertThatThrownBy(() -> TemplateRules.checked(read)).isInstanceOf(BusinessException.class);
  }

  @Test
  void picturesAreToldByTheirBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();

    assertThat(ImageSniffer.contentType(png)).contains("image/png");
    assertThat(ImageSniffer.contentType(jpeg)).contains("image/jpeg");
    assertThat(ImageSniffer.contentType(svg)).isEmpty();
    assertThat(ImageSniffer.contentType(new byte[0])).isEmpty();
  }
}
