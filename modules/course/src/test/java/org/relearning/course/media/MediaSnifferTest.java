package org.relearning.course.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSnifferTest {

  static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
  static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);
  static final byte[] MP4 =
      bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0);

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] concat(byte[] a, String b) {
    byte[] tail = b.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + tail.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(tail, 0, out, a.length, tail.length);
    return out;
  }

  private static MediaSniffer.Sniffed sniff(String name, byte[] head) {
    return MediaSniffer.sniff(name, head);
  }

  private static String refusal(String name, byte[] head) {
    try {
      MediaSniffer.sniff(name, head);
    } catch (MediaRefusedException e) {
      return e.messageKey();
    }
    throw new AssertionError(name + " was accepted");
  }

  @Test
  void picturesVideosAudioAndDocumentsAreKnownByTheirFirstBytes() {
    assertThat(sniff("a.jpg", JPEG))
        .isEqualTo(new MediaSniffer.Sniffed("image/jpeg", MediaKind.IMAGE));
    assertThat(sniff("a.png", PNG).contentType()).isEqualTo("image/png");
    assertThat(
            sniff("a.gif", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))
                .contentType())
        .isEqualTo("image/gif");
    assertThat(sniff("a.webp", concat(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4), "WEBPVP8 ")).kind())
        .isEqualTo(MediaKind.IMAGE);
    assertThat(sniff("a.mp4", MP4))
        .isEqualTo(new MediaSniffer.Sniffed("video/mp4", MediaKind.VIDEO));
    assertThat(
            sniff("a.webm", concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84), "webm"))
                .contentType())
        .isEqualTo("video/webm");
    assertThat(sniff("a.mp3", concat(bytes('I', 'D', '3', 4, 0), "")).kind())
        .isEqualTo(MediaKind.AUDIO);
    assertThat(
            sniff("a.ogg", "OggS\u0000\u0002".getBytes(StandardCharsets.ISO_8859_1)).contentType())
        .isEqualTo("audio/ogg");
    assertThat(sniff("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
        .isEqualTo("application/pdf");
    assertThat(
            sniff("สูตร.txt", "ขนมครก 2 ถ้วย\nกะทิ\n".getBytes(StandardCharsets.UTF_8))
                .contentType())
        .startsWith("text/plain");
  }

  @Test
  void theNameDoesNotDecideTheType() {
    assertThat(sniff("picture.pdf", PNG).contentType()).isEqualTo("image/png");
    assertThat(
            refusal(
                "video.mp4", "just some bytes \u0001\u0002".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("media.refused.unknownType");
  }

  @Test
  void officeDocumentsAreZipsThatSayWhatTheyAre() throws IOException {
    assertThat(sniff("ใบงาน.docx", zip("[Content_Types].xml", "<Types/>")).contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(sniff("costs.xlsx", zip("[Content_Types].xml", "<Types/>")).contentType())
        .endsWith("spreadsheetml.sheet");
    assertThat(
            sniff("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"))
                .contentType())
        .isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(refusal("a.docx", zip("payload.bin", "anything")))
        .isEqualTo("media.refused.unknownType");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page.html",
        "page.HTM",
        "logo.svg",
        "index.jsp",
        "tag.jspx",
        "shell.php",
        "setup.exe",
        "app.js",
        "data.xml",
        "run.sh",
        "Photo.PNG.html"
      })
  void namesABrowserOrServerCouldRunAreRefusedWhateverTheContent(String name) {
    assertThat(refusal(name, PNG)).isEqualTo("media.refused.dangerousName");
  }

  @Test
  void markupIsRefusedInAnyDisguise() {
    byte[] html = "<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] svg =
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] xml = "<?xml version='1.0'?><a/>".getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("khanom.png", html)).isEqualTo("media.refused.markup");
    assertThat(refusal("khanom.png", svg)).isEqualTo("media.refused.markup");
    assertThat(refusal("notes.txt", xml)).isEqualTo("media.refused.markup");
    assertThat(refusal("notes.txt", "alert(1) <SCRIPT>x</script>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("media.refused.markup");
    assertThat(refusal("khanom.png", "<html>".getBytes(StandardCharsets.UTF_16LE)))
        .isEqualTo("media.refused.markup");
  }

  @Test
  void aPolyglotPictureWithScriptInItsFirstKilobyteIsRefused() {
    byte[] gif =
        "GIF89a/*<script>alert(document.domain)</script>*/".getBytes(StandardCharsets.US_ASCII);
    assertThat(refusal("cat.gif", gif)).isEqualTo("media.refused.markup");
    assertThat(refusal("cat.jpg", concat(JPEG, "< svg onload=alert(1)>")))
        .isEqualTo("media.refused.markup");
  }

  @Test
  void emptyAndExecutableFilesAreRefused() {
    assertThat(refusal("empty.png", new byte[0])).isEqualTo("media.refused.empty");
    assertThat(refusal("tool.bin", bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0)))
        .isEqualTo("media.refused.unknownType");
    assertThat(refusal("clip.mov", bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ')))
        .isEqualTo("media.refused.unknownType");
  }

  private static byte[] zip(String firstEntry, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      // stored, as OpenDocument requires for its mimetype entry
      byte[] data = content.getBytes(StandardCharsets.UTF_8);
      ZipEntry entry = new ZipEntry(firstEntry);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
