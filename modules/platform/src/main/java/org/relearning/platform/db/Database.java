package org.relearning.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's one datasource and the schema migrations of every module.
 *
 * <p>Configuration comes from the environment, so one artifact runs on embedded Derby (the default,
 * under {@code derby.system.home}) and on PostgreSQL. Each module ships its migrations under {@code
 * db/migration/<module>} and announces them in {@code META-INF/relearn-schema.properties}; each
 * keeps its own Flyway history table, so a module's schema evolves without renumbering the others'.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${ENV=RELEARN_DB_DRIVER:org.apache.derby.iapi.jdbc.AutoloadedDriver}",
    url = "${ENV=RELEARN_DB_URL:jdbc:derby:relearn;create=true;territory=en_US}",
    user = "${ENV=RELEARN_DB_USER:relearn}",
    password = "${ENV=RELEARN_DB_PASSWORD:relearn}",
    // the pool opens all its connections at boot and keeps them: growing it in the middle of a
    // rush (an exam's start) cost each new connection's opening to requests already waiting
    initialPoolSize = Database.MAX_POOL_SIZE,
    minPoolSize = Database.MAX_POOL_SIZE,
    maxPoolSize = Database.MAX_POOL_SIZE,
    properties = {
      // a connection the database closed (Derby closes one after an internal error) is found
      // and replaced when it is taken from the pool, instead of failing every request given it
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      // each connection keeps its prepared statements (see STATEMENT_CACHE_SIZE)
      "fish.payara.statement-cache-size=" + Database.STATEMENT_CACHE_SIZE,
      // blank: least recently used first out ("FIXED" stops caching once full); left unset,
      // Payara reads the type as the text "null" and fails to create the cache
      "fish.payara.statement-cache-type= "
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

  /** Connections each node keeps at most; what admits work to the database is sized from it. */
  public static final int MAX_POOL_SIZE = 16;

  /**
   * Prepared statements each pooled connection keeps open for reuse, least recently used first out.
   * Without it every query was prepared anew: on PostgreSQL parsed and planned by the server each
   * time, on Derby looked up in its own cache. The application has a few hundred distinct
   * statements, and the ones an exam repeats stay in the cache. PostgreSQL's driver turns a
   * statement run five times on one connection into a server-side prepared one.
   */
  static final int STATEMENT_CACHE_SIZE = 200;

  public static final String JNDI_NAME = "java:app/jdbc/relearn";
  static final String SCHEMA_DESCRIPTOR = "META-INF/relearn-schema.properties";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    migrateAll(dataSource, Database.class.getClassLoader());
  }

  /**
   * Brings every module's schema up to date on a datasource: at each start, and at build time for
   * {@link SchemaTemplate}.
   */
  static void migrateAll(DataSource dataSource, ClassLoader loader) {
    String product = productName(dataSource);
    tuneDerby(dataSource, product);
    Map<String, String> placeholders = placeholdersFor(product);
    for (ModuleSchema schema : moduleSchemas(loader)) {
      long start = System.nanoTime();
      var result =
          Flyway.configure(loader)
              .dataSource(dataSource)
              .table("flyway_" + schema.module())
              .locations("classpath:db/migration/" + schema.module())
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .placeholders(placeholders)
              .load()
              .migrate();
      LOG.info(
          () ->
              String.format(
                  "Schema %s: %d migration(s) applied in %d ms",
                  schema.module(),
                  result.migrationsExecuted,
                  (System.nanoTime() - start) / 1_000_000));
    }
  }

  /**
   * How many identity values Derby takes from its catalog at a time (its default is 100). Each
   * refill locks the catalog row of the table's identity column, and an insert that reads back its
   * new key at that moment waited for it until the lock timed out: under a thousand takers saving
   * answers, a few saves failed that way. A larger range makes refills rare; a crash leaves a gap
   * of at most this many unused ids per table, which no one sees. {@code deployment/run.sh} sets it
   * for the whole JVM as well, so it holds from the first insert after boot.
   */
  static final String IDENTITY_RANGE = "10000";

  /**
   * How many times Derby runs a compiled statement before it checks whether the tables' row counts
   * have changed enough to compile it again (its default is 100). A statement compiled again while
   * other connections run it can fail in those connections with an internal {@code
   * ClassCastException} that also closes them; with a thousand learners starting an exam, the
   * attempts table grew fast enough to recompile its lookups in the middle of the rush, and
   * hundreds of starts failed behind one such moment. Checked ten times less often, plans still
   * follow the data, and a rush rarely sees one. {@code deployment/run.sh} sets it for the whole
   * JVM as well.
   */
  static final String STALE_PLAN_CHECK_INTERVAL = "1000";

  /**
   * On Derby, keeps {@link #IDENTITY_RANGE} and {@link #STALE_PLAN_CHECK_INTERVAL} in the database.
   */
  private static void tuneDerby(DataSource dataSource, String productName) {
    if (!productName.toLowerCase().contains("derby")) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
      call.setString(1, "derby.language.sequence.preallocator");
      call.setString(2, IDENTITY_RANGE);
      call.execute();
      call.setString(1, "derby.language.stalePlanCheckInterval");
      call.setString(2, STALE_PLAN_CHECK_INTERVAL);
      call.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tune Derby: " + e.getMessage(), e);
    }
  }

  private static String productName(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** Types that differ between Derby and PostgreSQL; everything else is written once. */
  static Map<String, String> placeholdersFor(String productName) {
    boolean postgres = productName.toLowerCase().contains("postgres");
    return Map.of(
        "clob", postgres ? "TEXT" : "CLOB",
        "blob", postgres ? "BYTEA" : "BLOB");
  }

  static List<ModuleSchema> moduleSchemas(ClassLoader loader) {
    List<ModuleSchema> schemas = new ArrayList<>();
    try {
      for (URL url : java.util.Collections.list(loader.getResources(SCHEMA_DESCRIPTOR))) {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
          p.load(in);
        }
        schemas.add(
            new ModuleSchema(p.getProperty("module"), Integer.parseInt(p.getProperty("order"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    schemas.sort(Comparator.comparingInt(ModuleSchema::order));
    return schemas;
  }

  record ModuleSchema(String module, int order) {}
}
