package org.relearning.course.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips built by hand, the way a careless or hostile tool might build them. */
final class TestZips {

  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  static TestZips with(String name, String text) {
    return new TestZips().and(name, text);
  }

  TestZips and(String name, String text) {
    return and(name, text.getBytes(StandardCharsets.UTF_8));
  }

  TestZips and(String name, byte[] bytes) {
    entries.put(name, bytes);
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A manifest of one course with one lesson holding {@code blocks} (a JSON array's inside). */
  static String manifest(int formatVersion, String blocks) {
    return """
        {
          "format": "relearn-course",
          "formatVersion": %d,
          "course": {
            "title": "ขนมไทย",
            "summary": null,
            "language": "th",
            "sections": [
              {"title": "เริ่มต้น", "lessons": [{"title": "วัตถุดิบ", "blocks": [%s]}]}
            ]
          }
        }
        """
        .formatted(formatVersion, blocks);
  }
}
