package org.relearning.course.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryMediaStoreTest {

  @TempDir Path folder;

  private static byte[] video(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 7 + (i >> 9));
    }
    return bytes;
  }

  @Test
  void filesAreNamedByTheirHashWithoutExtensionAndNeverExecutable() throws Exception {
    DirectoryMediaStore store = new DirectoryMediaStore(folder);
    byte[] bytes = video(300_000);

    MediaStore.Written written = store.write(new ByteArrayInputStream(bytes), 1_000_000, "a.mp4");

    String sha = HexFormat.of().formatHex(Hashing.sha256().digest(bytes));
    assertThat(written).isEqualTo(new MediaStore.Written(sha, bytes.length, sha));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(sha);
    }
    assertThat(Files.getPosixFilePermissions(folder.resolve(sha)))
        .doesNotContain(
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_READ);
  }

  @Test
  void anyRangeIsReadBack() throws Exception {
    DirectoryMediaStore store = new DirectoryMediaStore(folder);
    byte[] bytes = video(200_000);
    String key = store.write(new ByteArrayInputStream(bytes), 1_000_000, "a.mp4").key();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.copy(key, 65_530, 100_000, out);

    assertThat(out.toByteArray()).isEqualTo(Arrays.copyOfRange(bytes, 65_530, 165_530));
  }

  @Test
  void aFileOverTheLimitLeavesNothing() throws IOException {
    DirectoryMediaStore store = new DirectoryMediaStore(folder);

    assertThatThrownBy(
            () -> store.write(new ByteArrayInputStream(video(100_001)), 100_000, "big.mp4"))
        .isInstanceOf(MediaRefusedException.class)
        .extracting(e -> ((MediaRefusedException) e).messageKey())
        .isEqualTo("media.refused.tooLarge");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void keysThatAreNotHashesAreNotPaths() {
    DirectoryMediaStore store = new DirectoryMediaStore(folder);
    assertThatThrownBy(() -> store.copy("../../etc/passwd", 0, 1, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
