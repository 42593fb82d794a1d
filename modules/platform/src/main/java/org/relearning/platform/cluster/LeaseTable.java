package org.relearning.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The statements behind {@link JobLease}, on a connection in auto-commit mode: each statement is a
 * transaction of its own, so a lease is taken or refused whatever the caller's transaction does.
 */
final class LeaseTable {

  /** SQLSTATE of a unique or primary key violation, on Derby and PostgreSQL alike. */
  private static final String DUPLICATE_KEY = "23505";

  private LeaseTable() {}

  /**
   * Takes or renews the lease {@code name} for {@code holder} until {@code now + length}: when
   * nobody holds it, when it ran out, or when the holder already has it. Returns false while
   * another holder's lease runs.
   */
  static boolean acquire(Connection c, String name, String holder, Instant now, Duration length)
      throws SQLException {
    Timestamp until = Timestamp.from(now.plus(length));
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE PLT_JOB_LEASE SET HOLDER = ?, UNTIL = ?"
                + " WHERE NAME = ? AND (UNTIL < ? OR HOLDER = ?)")) {
      update.setString(1, holder);
      update.setTimestamp(2, until);
      update.setString(3, name);
      update.setTimestamp(4, Timestamp.from(now));
      update.setString(5, holder);
      if (update.executeUpdate() == 1) {
        return true;
      }
    }
    if (exists(c, name)) {
      return false;
    }
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO PLT_JOB_LEASE (NAME, HOLDER, UNTIL) VALUES (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, holder);
      insert.setTimestamp(3, until);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        return false; // another node inserted it between our look and our insert: it holds it
      }
      throw e;
    }
  }

  /** Who holds the lease {@code name}, whether or not it ran out; null when it never existed. */
  static String holder(Connection c, String name) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT HOLDER FROM PLT_JOB_LEASE WHERE NAME = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static boolean exists(Connection c, String name) throws SQLException {
    return holder(c, name) != null;
  }
}
