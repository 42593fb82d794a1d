package org.relearning.course.media;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what an uploaded file is from its first bytes, never from its name or the browser's
 * claim. Only the types below are kept; everything a browser could run (HTML, SVG, XML, scripts) is
 * refused, also when it hides behind a picture's header (a "polyglot") or a harmless name.
 */
public final class MediaSniffer {

  /** How many bytes are looked at: the magic numbers and the start checked for markup. */
  public static final int HEAD_BYTES = 4096;

  /** The part of the start that must not contain markup a browser would run. */
  static final int MARKUP_WINDOW = 1024;

  /** Names refused whatever their content: a server or browser might run them by their name. */
  static final Set<String> DANGEROUS_EXTENSIONS =
      Set.of(
          "html",
          "htm",
          "xhtml",
          "shtml",
          "xht",
          "svg",
          "svgz",
          "xml",
          "xsl",
          "xslt",
          "jsp",
          "jspx",
          "jspf",
          "php",
          "php3",
          "php4",
          "php5",
          "phtml",
          "phar",
          "asp",
          "aspx",
          "cgi",
          "pl",
          "py",
          "rb",
          "sh",
          "bash",
          "bat",
          "cmd",
          "com",
          "exe",
          "dll",
          "msi",
          "scr",
          "ps1",
          "vbs",
          "vbe",
          "js",
          "mjs",
          "cjs",
          "jse",
          "wsf",
          "hta",
          "jar",
          "war",
          "ear",
          "class",
          "swf",
          "htaccess",
          "mht",
          "mhtml",
          "url",
          "lnk",
          "apk");

  private static final String[] MARKUP = {
    "<script",
    "<html",
    "<svg",
    "<!doctype",
    "<body",
    "<iframe",
    "<?xml",
    "<object",
    "<embed",
    "<meta",
    "<head",
    "javascript:"
  };

  /** What a file turned out to be. */
  public record Sniffed(String contentType, MediaKind kind) {}

  private MediaSniffer() {}

  /**
   * The type of a file from {@code head} (its first up to {@link #HEAD_BYTES} bytes) and its
   * cleaned name; refuses with a {@link MediaRefusedException} naming the file.
   */
  public static Sniffed sniff(String fileName, byte[] head) {
    String ext = FileNames.extension(fileName);
    if (DANGEROUS_EXTENSIONS.contains(ext)) {
      throw new MediaRefusedException("media.refused.dangerousName", fileName);
    }
    if (head.length == 0) {
      throw new MediaRefusedException("media.refused.empty", fileName);
    }
    if (containsMarkup(head)) {
      throw new MediaRefusedException("media.refused.markup", fileName);
    }
    Sniffed sniffed = byMagic(head, ext);
    if (sniffed == null) {
      throw new MediaRefusedException("media.refused.unknownType", fileName);
    }
    return sniffed;
  }

  private static Sniffed byMagic(byte[] h, String ext) {
    if (starts(h, 0xFF, 0xD8, 0xFF)) {
      return new Sniffed("image/jpeg", MediaKind.IMAGE);
    }
    if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return new Sniffed("image/png", MediaKind.IMAGE);
    }
    if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
      return new Sniffed("image/gif", MediaKind.IMAGE);
    }
    if (ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP")) {
      return new Sniffed("image/webp", MediaKind.IMAGE);
    }
    if (ascii(h, 4, "ftyp")) {
      String brand = h.length >= 12 ? new String(h, 8, 4, StandardCharsets.US_ASCII) : "";
      if (brand.startsWith("M4A")) {
        return new Sniffed("audio/mp4", MediaKind.AUDIO);
      }
      // QuickTime (.mov) is left out: many phones' browsers cannot play it
      return brand.startsWith("qt") ? null : new Sniffed("video/mp4", MediaKind.VIDEO);
    }
    if (starts(h, 0x1A, 0x45, 0xDF, 0xA3)) {
      return indexOf(h, "webm", 64) >= 0 ? new Sniffed("video/webm", MediaKind.VIDEO) : null;
    }
    if (ascii(h, 0, "ID3") || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE6) == 0xE2)) {
      return new Sniffed("audio/mpeg", MediaKind.AUDIO);
    }
    if (ascii(h, 0, "OggS")) {
      return new Sniffed("audio/ogg", MediaKind.AUDIO);
    }
    if (ascii(h, 0, "%PDF-")) {
      return new Sniffed("application/pdf", MediaKind.DOCUMENT);
    }
    if (starts(h, 'P', 'K', 3, 4)) {
      return officeDocument(h, ext);
    }
    if (isPlainText(h)) {
      return new Sniffed("text/plain; charset=UTF-8", MediaKind.DOCUMENT);
    }
    return null;
  }

  /**
   * Office documents are zips whose first entry names the format: {@code [Content_Types].xml} (or
   * {@code _rels/}, {@code docProps/}) for Word/Excel/PowerPoint, {@code mimetype} for
   * OpenDocument. Any other zip is refused: it could carry anything.
   */
  private static Sniffed officeDocument(byte[] h, String ext) {
    if (h.length < 30) {
      return null;
    }
    int nameLength = (h[26] & 0xFF) | (h[27] & 0xFF) << 8;
    if (30 + nameLength > h.length) {
      return null;
    }
    String first = new String(h, 30, nameLength, StandardCharsets.UTF_8);
    if (first.equals("[Content_Types].xml")
        || first.startsWith("_rels/")
        || first.startsWith("docProps/")
        || first.startsWith("word/")
        || first.startsWith("xl/")
        || first.startsWith("ppt/")) {
      return switch (ext) {
        case "xlsx" -> doc("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        case "pptx" ->
            doc("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        default -> doc("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      };
    }
    if (first.equals("mimetype")) {
      String declared =
          new String(
              h,
              30 + nameLength,
              Math.min(80, h.length - 30 - nameLength),
              StandardCharsets.US_ASCII);
      for (String type :
          new String[] {
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation"
          }) {
        if (declared.startsWith(type)) {
          return doc(type);
        }
      }
    }
    return null;
  }

  private static Sniffed doc(String type) {
    return new Sniffed(type, MediaKind.DOCUMENT);
  }

  /** UTF-8 without NULs or control characters other than tab and line ends. */
  private static boolean isPlainText(byte[] h) {
    int length = h.length;
    // the head may end inside a multi-byte character
    while (length > 0 && length > h.length - 4 && (h[length - 1] & 0xC0) == 0x80) {
      length--;
    }
    if (length > 0 && length < h.length && (h[length - 1] & 0xC0) == 0xC0) {
      length--;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(h, 0, length))
              .toString();
      return text.chars()
          .noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Markup in the first KB, in ASCII or in UTF-16, in any letter case. */
  static boolean containsMarkup(byte[] head) {
    int n = Math.min(head.length, MARKUP_WINDOW);
    StringBuilder ascii = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b != 0) {
        ascii.append((char) (b < 0x80 ? b : '?'));
      }
    }
    String text = ascii.toString().toLowerCase(Locale.ROOT).replaceAll("<\\s+", "<");
    return Arrays.stream(MARKUP).anyMatch(text::contains);
  }

  private static boolean starts(byte[] h, int... magic) {
    if (h.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((h[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] h, int at, String text) {
    if (h.length < at + text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (h[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] h, String text, int within) {
    byte[] t = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + t.length <= Math.min(h.length, within); i++) {
      if (Arrays.equals(h, i, i + t.length, t, 0, t.length)) {
        return i;
      }
    }
    return -1;
  }
}
