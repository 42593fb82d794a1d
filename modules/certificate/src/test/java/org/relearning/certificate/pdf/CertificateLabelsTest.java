package org.relearning.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.relearning.platform.i18n.Languages;

class CertificateLabelsTest {

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    Properties english = load("certificate_en.properties");
    Properties thai = load("certificate_th.properties");

    assertThat(english.stringPropertyNames()).isNotEmpty();
    assertThat(thai.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(thai.stringPropertyNames()).allMatch(key -> !thai.getProperty(key).isBlank());
    assertThat(english.stringPropertyNames()).allMatch(key -> !english.getProperty(key).isBlank());
  }

  /** Guards against the Thai file being saved or read in ISO-8859-1. */
  @Test
  void thaiLabelsAreReadAsUtf8() {
    assertThat(CertificateLabels.of(Languages.THAI).title()).isEqualTo("เกียรติบัตร");
  }

  @Test
  void anyLanguageButThaiGetsEnglish() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Languages.THAI);
      assertThat(CertificateLabels.of(Locale.GERMAN).title())
          .isEqualTo("Certificate of Completion");
      assertThat(CertificateLabels.of(Locale.forLanguageTag("th-TH")).title())
          .isEqualTo("เกียรติบัตร");
    } finally {
      Locale.setDefault(previous);
    }
  }

  private static Properties load(String file) throws IOException {
    String resource = "org/relearning/certificate/pdf/" + file;
    try (InputStream in =
        CertificateLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
      }
    }
  }
}
