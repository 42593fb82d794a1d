package org.relearning.course.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Media in the database, cut into {@link #CHUNK} pieces ({@code CRS_MEDIA_CHUNK}). Pieces, not one
 * BLOB: a range request reads only the pieces it needs, and neither Derby nor PostgreSQL ever has
 * to hand the application a whole video at once (PostgreSQL's driver reads a BYTEA value whole).
 * Writes join the caller's transaction, so a refused upload leaves nothing behind.
 */
final class DatabaseMediaStore implements MediaStore {

  static final String NAME = "db";
  static final int CHUNK = 256 * 1024;

  private final DataSource dataSource;

  DatabaseMediaStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Written write(InputStream in, long maxBytes, String fileName) throws IOException {
    String key = UUID.randomUUID().toString();
    MessageDigest digest = Hashing.sha256();
    long size = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO CRS_MEDIA_CHUNK (STORE_KEY, SEQ, DATA) VALUES (?, ?, ?)")) {
      byte[] chunk = new byte[CHUNK];
      int seq = 0;
      int filled;
      while ((filled = in.readNBytes(chunk, 0, CHUNK)) > 0) {
        size += filled;
        if (size > maxBytes) {
          throw new MediaRefusedException("media.refused.tooLarge", fileName);
        }
        digest.update(chunk, 0, filled);
        insert.setString(1, key);
        insert.setInt(2, seq++);
        insert.setBinaryStream(3, new ByteArrayInputStream(chunk, 0, filled), filled);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException("Cannot store media " + key + ": " + e.getMessage(), e);
    }
    return new Written(key, size, Hashing.hex(digest));
  }

  @Override
  public void copy(String key, long from, long length, OutputStream out) throws IOException {
    if (length <= 0) {
      return;
    }
    int first = (int) (from / CHUNK);
    int last = (int) ((from + length - 1) / CHUNK);
    long skip = from - (long) first * CHUNK;
    long left = length;
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT DATA FROM CRS_MEDIA_CHUNK WHERE STORE_KEY = ? AND SEQ BETWEEN ? AND ?"
                    + " ORDER BY SEQ")) {
      select.setString(1, key);
      select.setInt(2, first);
      select.setInt(3, last);
      select.setFetchSize(1);
      try (ResultSet rows = select.executeQuery()) {
        while (left > 0 && rows.next()) {
          byte[] data = bytes(rows);
          int start = (int) skip;
          int n = (int) Math.min(left, data.length - start);
          out.write(data, start, n);
          left -= n;
          skip = 0;
        }
      }
    } catch (SQLException e) {
      throw new IOException("Cannot read media " + key + ": " + e.getMessage(), e);
    }
    if (left > 0) {
      throw new IOException("Media " + key + " is shorter than recorded");
    }
  }

  /** Through a stream: Derby does not hand out a BLOB with getBytes. */
  private static byte[] bytes(ResultSet rows) throws SQLException, IOException {
    try (InputStream in = rows.getBinaryStream(1)) {
      return in.readAllBytes();
    }
  }

  @Override
  public void delete(String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM CRS_MEDIA_CHUNK WHERE STORE_KEY = ?")) {
      delete.setString(1, key);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Cannot delete media " + key, e));
    }
  }
}
