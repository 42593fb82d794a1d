package org.relearning.course.exchange;

import java.util.Arrays;

/**
 * A quiz that travels with the course, stored in the archive under {@code quizzes/}. {@code ref} is
 * the {@code quizRef} of the blocks that place it; what the file holds is the quiz module's
 * business, so the course module keeps it as bytes.
 */
public record QuizFile(String ref, String path, byte[] bytes) {

  public QuizFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  int size() {
    return bytes.length;
  }

  /** Equal by content: two archives with the same files are the same archive. */
  @Override
  public boolean equals(Object other) {
    return other instanceof QuizFile q
        && ref.equals(q.ref)
        && path.equals(q.path)
        && Arrays.equals(bytes, q.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * ref.hashCode() + path.hashCode()) + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "QuizFile[" + ref + ", " + path + ", " + bytes.length + " bytes]";
  }
}
