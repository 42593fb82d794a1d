package org.relearning.platform.db;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes a new embedded Derby database holding every module's schema and nothing else, run once per
 * build ({@code deployment/server-root.sh}): {@code deployment/run.sh} copies it into a new data
 * directory instead of letting the first start create the database and run all the migrations on
 * Derby, which took about 3 s of each cold start (ADR 35). The migrations are the same code the
 * server runs ({@link Database#migrateAll(DataSource, ClassLoader)}), and the server still runs
 * them at every start: on a copy of the template, Flyway finds them applied.
 *
 * <pre>java -cp WEB-INF/lib/*:derby jars org.relearning.platform.db.SchemaTemplate DIR</pre>
 *
 * writes {@code DIR/relearn} (the database named in the default {@code RELEARN_DB_URL}), shut down
 * cleanly so that it can be copied.
 */
public final class SchemaTemplate {

  private static final Logger LOG = Logger.getLogger(SchemaTemplate.class.getName());

  /** The attributes of the default database URL ({@code run.sh}, {@link Database}). */
  static final String ATTRIBUTES = ";territory=en_US";

  /**
   * The default user ({@code RELEARN_DB_USER}, {@link Database}). On embedded Derby the user names
   * the schema the tables go into, so the template is written as the server connects.
   */
  static final String USER = "relearn";

  private SchemaTemplate() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: SchemaTemplate DIR (writes the database DIR/relearn)");
      System.exit(2);
    }
    Path database = Path.of(args[0]).toAbsolutePath().resolve("relearn");
    if (Files.exists(database)) {
      throw new IllegalStateException(database + " exists already");
    }
    String url = "jdbc:derby:" + database;
    DataSource dataSource = new DriverDataSource(url + ";create=true" + ATTRIBUTES, USER);
    long started = System.nanoTime();
    Database.migrateAll(dataSource, SchemaTemplate.class.getClassLoader());
    shutDown(url + ";shutdown=true", "08006");
    LOG.info(
        () ->
            "Schema template "
                + database
                + " written in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  /** Derby reports a clean shutdown as an exception with a known state. */
  private static void shutDown(String url, String expectedState) throws SQLException {
    try {
      DriverManager.getConnection(url).close();
    } catch (SQLException e) {
      if (!expectedState.equals(e.getSQLState())) {
        throw e;
      }
      return;
    }
    throw new IllegalStateException("Derby did not shut down: " + url);
  }

  /** A datasource of fresh connections from the driver: all the migrations need. */
  private record DriverDataSource(String url, String user) implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, user);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // not used
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
