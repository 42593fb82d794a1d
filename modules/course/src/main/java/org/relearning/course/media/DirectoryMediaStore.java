package org.relearning.course.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Media in a folder every node mounts ({@code RELEARN_MEDIA_DIR}), outside the web root. Each file
 * is named by its SHA-256 with no extension and is never executable, so nothing in the folder can
 * be run or served by its name; the same file uploaded twice is kept once.
 */
final class DirectoryMediaStore implements MediaStore {

  static final String NAME = "dir";
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  private final Path folder;

  DirectoryMediaStore(Path folder) {
    this.folder = folder;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Written write(InputStream in, long maxBytes, String fileName) throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "upload-", ".part");
    try {
      restrict(temp);
      MessageDigest digest = Hashing.sha256();
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new MediaRefusedException("media.refused.tooLarge", fileName);
          }
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      String key = Hashing.hex(digest);
      Path target = folder.resolve(key);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        if (!Files.exists(target)) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return new Written(key, size, key);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void copy(String key, long from, long length, OutputStream out) throws IOException {
    try (FileChannel file = FileChannel.open(pathOf(key), StandardOpenOption.READ)) {
      file.position(from);
      InputStream in = Channels.newInputStream(file);
      byte[] buffer = new byte[64 * 1024];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("Media " + key + " is shorter than recorded");
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  /**
   * Files are shared by content, so one is deleted only when no media row names it any more; the
   * service checks that before calling.
   */
  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  private Path pathOf(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    return folder.resolve(key);
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(false, false);
    }
  }
}
