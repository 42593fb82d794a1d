package org.relearning.quiz.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The limits every importer applies, and reading input within them. Input is refused as a whole
 * (with one report entry at line 0) rather than partly imported, so an author never ends up with
 * the first half of a file without noticing.
 */
public final class ImportInput {

  /** Larger input is refused before it is decoded: 2 MiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Input with more questions than this is refused. */
  public static final int MAX_QUESTIONS = 5_000;

  static final String TOO_LARGE = "import.tooLarge";
  static final String TOO_MANY_QUESTIONS = "import.tooManyQuestions";
  static final String NOT_UTF8 = "import.notUtf8";

  private ImportInput() {}

  /**
   * Reads at most {@link #MAX_BYTES} + 1 bytes of UTF-8, so a huge upload never fills the heap. The
   * result is the text, or a refusal.
   */
  /** Reads a stream through the size limits, then hands the text to {@code reader}. */
  static ImportReport readThen(
      InputStream in, java.util.function.Function<String, ImportReport> reader) {
    Result input = read(in);
    return input.refusal() != null ? input.refusal() : reader.apply(input.text());
  }

  static Result read(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      return new Result(null, ImportReport.refused(TOO_LARGE, "> " + MAX_BYTES + " bytes"));
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Result(text, null);
    } catch (CharacterCodingException e) {
      return new Result(null, ImportReport.refused(NOT_UTF8, ""));
    }
  }

  /** A refusal if {@code text} is over {@link #MAX_BYTES} in UTF-8. */
  static Optional<ImportReport> checkSize(String text) {
    if (text.length() > MAX_BYTES) {
      return Optional.of(ImportReport.refused(TOO_LARGE, "> " + MAX_BYTES + " bytes"));
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes > MAX_BYTES
        ? Optional.of(ImportReport.refused(TOO_LARGE, bytes + " bytes"))
        : Optional.empty();
  }

  static ImportReport tooManyQuestions() {
    return ImportReport.refused(TOO_MANY_QUESTIONS, "> " + MAX_QUESTIONS);
  }

  /** The lines of {@code text}, without a byte order mark, for any line ending. */
  static List<String> lines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return List.of(t.split("\r\n|\r|\n", -1));
  }

  /** Decoded text, or the report refusing the input. */
  record Result(String text, ImportReport refusal) {}
}
