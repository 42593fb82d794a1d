package org.relearning.course.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an archive someone uploaded, which is untrusted: names that would climb out of a folder,
 * zip bombs, unknown versions and unknown blocks are refused or skipped with a {@link Problem}.
 * Sizes are the bytes actually inflated, never what the zip headers claim.
 */
public class CourseArchiveReader {

  /** How much an archive may hold. */
  public record Limits(
      int maxEntries,
      long maxEntryBytes,
      long maxTotalBytes,
      long ratioCheckedAbove,
      long maxRatio) {

    private static final long MB = 1024L * 1024L;

    public static final Limits STANDARD = new Limits(1_000, 50 * MB, 200 * MB, MB, 100);
  }

  private static final String ARCHIVE = "archive";

  private final Limits limits;

  public CourseArchiveReader() {
    this(Limits.STANDARD);
  }

  public CourseArchiveReader(Limits limits) {
    this.limits = limits;
  }

  public ImportResult read(byte[] zip) {
    return read(new ByteArrayInputStream(zip));
  }

  /** Reads the archive from {@code in}, which is left open. */
  public ImportResult read(InputStream in) {
    Map<String, byte[]> entries;
    try {
      entries = entries(in);
    } catch (Refusal r) {
      return ImportResult.refused(r.problem);
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: an entry name that is not valid UTF-8
      return ImportResult.refused(new Problem(ARCHIVE, "import.course.badZip", e.getMessage()));
    }
    byte[] manifest = entries.remove(CourseArchive.MANIFEST);
    if (manifest == null) {
      return ImportResult.refused(
          new Problem(ARCHIVE, "import.course.noManifest", CourseArchive.MANIFEST + " not found"));
    }
    return new ManifestParser(entries).parse(manifest);
  }

  /** The files in the archive by name, in archive order; folders and unknown files left out. */
  private Map<String, byte[]> entries(InputStream in) throws IOException, Refusal {
    CountingInputStream counted = new CountingInputStream(in);
    ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    byte[] buffer = new byte[8192];
    long total = 0;
    int count = 0;
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName();
      if (++count > limits.maxEntries()) {
        throw new Refusal(
            ARCHIVE, "import.course.tooManyEntries", "more than " + limits.maxEntries());
      }
      if (EntryNames.unsafe(name)) {
        throw new Refusal(name, "import.course.zipSlip", "unsafe entry name");
      }
      boolean kept =
          !entry.isDirectory()
              && (name.equals(CourseArchive.MANIFEST)
                  || name.startsWith(CourseArchive.MEDIA_DIR)
                  || name.startsWith(CourseArchive.QUIZ_DIR));
      if (kept && entries.containsKey(name)) {
        throw new Refusal(name, "import.course.duplicateEntry", "entry appears twice");
      }
      OutputStream out = kept ? new ByteArrayOutputStream() : OutputStream.nullOutputStream();
      long start = counted.count;
      long size = 0;
      int n;
      while ((n = zip.read(buffer)) > 0) {
        size += n;
        total += n;
        if (size > limits.maxEntryBytes()) {
          throw new Refusal(
              name, "import.course.tooLarge", "entry over " + limits.maxEntryBytes() + " bytes");
        }
        if (total > limits.maxTotalBytes()) {
          throw new Refusal(
              ARCHIVE, "import.course.tooLarge", "over " + limits.maxTotalBytes() + " bytes");
        }
        long compressed = Math.max(1, counted.count - start);
        if (size > limits.ratioCheckedAbove() && size / compressed > limits.maxRatio()) {
          throw new Refusal(
              name, "import.course.ratio", "compressed more than " + limits.maxRatio() + ":1");
        }
        out.write(buffer, 0, n);
      }
      if (kept) {
        entries.put(name, ((ByteArrayOutputStream) out).toByteArray());
      }
    }
    return entries;
  }

  /** Why the archive is refused, thrown out of the reading loop. */
  private static final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    Refusal(String where, String reasonKey, String detail) {
      super(reasonKey, null, false, false);
      this.problem = new Problem(where, reasonKey, detail);
    }
  }

  /**
   * Counts the compressed bytes read, to measure each entry's real compression ratio. The zip
   * stream reads ahead a few hundred bytes, which is noise next to a 1 MB threshold.
   */
  private static final class CountingInputStream extends FilterInputStream {

    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
