package org.relearning.course.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void foldersControlCharactersAndQuotesAreRemoved() {
    assertThat(FileNames.clean("C:\\Users\\ครู\\ขนมครก.jpg")).isEqualTo("ขนมครก.jpg");
    assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.clean("a\u0000b\r\nc\".png")).isEqualTo("abc_.png");
    assertThat(FileNames.clean("gpj.\u202Eexe.png")).isEqualTo("gpj.exe.png");
    assertThat(FileNames.clean("...hidden")).isEqualTo("hidden");
    assertThat(FileNames.clean("  ")).isEqualTo("file");
    assertThat(FileNames.clean(null)).isEqualTo("file");
  }

  @Test
  void longNamesKeepTheirExtension() {
    String name = FileNames.clean("ก".repeat(300) + ".pdf");
    assertThat(name).hasSize(FileNames.MAX).endsWith(".pdf");
  }
}
