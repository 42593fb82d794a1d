package org.relearning.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Derby schema template on the platform's real migrations (the only module on this test's class
 * path): written, copied elsewhere as {@code run.sh} does, and opened there by the server's own
 * migration step, which finds nothing left to do.
 */
class SchemaTemplateTest {

  @TempDir Path dir;

  @Test
  void aCopyOfTheTemplateHoldsTheSchemaAndNeedsNoMigration() throws Exception {
    Path template = dir.resolve("template");
    SchemaTemplate.main(new String[] {template.toString()});

    Path copy = dir.resolve("home").resolve("relearn");
    copyTree(template.resolve("relearn"), copy);
    String url = "jdbc:derby:" + copy;
    // as the server connects: the default user, whose schema holds the tables
    try (Connection c =
            DriverManager.getConnection(
                url + SchemaTemplate.ATTRIBUTES, SchemaTemplate.USER, SchemaTemplate.USER);
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery("SELECT COUNT(*) FROM \"flyway_platform\" WHERE \"success\"")) {
        r.next();
        assertThat(r.getInt(1)).isGreaterThanOrEqualTo(4);
      }
      // a table of the last migration, empty
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM PLT_JOB_LEASE")) {
        r.next();
        assertThat(r.getInt(1)).isZero();
      }
      // the Derby settings the server keeps in the database
      try (ResultSet r =
          s.executeQuery(
              "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.language.sequence.preallocator')")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo(Database.IDENTITY_RANGE);
      }
    }
    var pending =
        Flyway.configure()
            .dataSource(url, SchemaTemplate.USER, SchemaTemplate.USER)
            .table("flyway_platform")
            .locations("classpath:db/migration/platform")
            .load()
            .info()
            .pending();
    assertThat(pending).isEmpty();
    shutDown(url);
  }

  @Test
  void anExistingDatabaseIsNotOverwritten() throws Exception {
    Files.createDirectories(dir.resolve("relearn"));

    assertThatThrownBy(() -> SchemaTemplate.main(new String[] {dir.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exists already");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void shutDown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby answers a shutdown with an exception
    }
  }
}
