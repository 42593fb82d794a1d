package org.relearning.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job lease on the platform's real migrations, in an in-memory Derby database. */
class LeaseTableTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  private String url;
  private Connection c;

  @BeforeEach
  void migrate() throws SQLException {
    url = "jdbc:derby:memory:lease" + System.nanoTime();
    Flyway.configure()
        .dataSource(url + ";create=true", "relearn", "relearn")
        .table("flyway_platform")
        .locations("classpath:db/migration/platform")
        .load()
        .migrate();
    c = DriverManager.getConnection(url, "relearn", "relearn");
  }

  @AfterEach
  void drop() throws SQLException {
    c.close();
    try {
      DriverManager.getConnection(url + ";drop=true");
    } catch (SQLException expected) {
      // Derby answers a drop with an exception
    }
  }

  @Test
  void theFirstNodeTakesAFreshLeaseAndTheSecondIsRefused() throws SQLException {
    assertThat(LeaseTable.acquire(c, "sweep", "node-a", T0, MINUTE)).isTrue();
    assertThat(LeaseTable.acquire(c, "sweep", "node-b", T0.plusSeconds(1), MINUTE)).isFalse();
    assertThat(LeaseTable.holder(c, "sweep")).isEqualTo("node-a");
  }

  @Test
  void theHolderRenewsItsLeaseSoTheOtherNodeStaysOut() throws SQLException {
    assertThat(LeaseTable.acquire(c, "sweep", "node-a", T0, MINUTE)).isTrue();
    // renewed at 50 s: now held until 1:50
    assertThat(LeaseTable.acquire(c, "sweep", "node-a", T0.plusSeconds(50), MINUTE)).isTrue();
    // at 1:10 the first grant would have run out; the renewal keeps node-b out
    assertThat(LeaseTable.acquire(c, "sweep", "node-b", T0.plusSeconds(70), MINUTE)).isFalse();
    assertThat(LeaseTable.holder(c, "sweep")).isEqualTo("node-a");
  }

  @Test
  void anotherNodeTakesOverOnceTheLeaseRanOut() throws SQLException {
    assertThat(LeaseTable.acquire(c, "sweep", "node-a", T0, MINUTE)).isTrue();
    assertThat(LeaseTable.acquire(c, "sweep", "node-b", T0.plusSeconds(61), MINUTE)).isTrue();
    assertThat(LeaseTable.holder(c, "sweep")).isEqualTo("node-b");
    // and now the first node is the one kept out
    assertThat(LeaseTable.acquire(c, "sweep", "node-a", T0.plusSeconds(62), MINUTE)).isFalse();
  }

  @Test
  void leasesOfDifferentJobsAreIndependent() throws SQLException {
    assertThat(LeaseTable.acquire(c, "attempts", "node-a", T0, MINUTE)).isTrue();
    assertThat(LeaseTable.acquire(c, "certificates", "node-b", T0, MINUTE)).isTrue();
    assertThat(LeaseTable.holder(c, "attempts")).isEqualTo("node-a");
    assertThat(LeaseTable.holder(c, "certificates")).isEqualTo("node-b");
  }

  @Test
  void ofManyNodesAskingAtOnceForANewLeaseExactlyOneGetsIt() throws Exception {
    int nodes = 8;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      List<Callable<Boolean>> asks = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        String holder = "node-" + i;
        asks.add(
            () -> {
              try (Connection own = DriverManager.getConnection(url, "relearn", "relearn")) {
                return LeaseTable.acquire(own, "race", holder, T0, MINUTE);
              }
            });
      }
      long granted = 0;
      for (Future<Boolean> f : pool.invokeAll(asks)) {
        granted += f.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(1);
      assertThat(LeaseTable.holder(c, "race")).startsWith("node-");
    } finally {
      pool.shutdown();
    }
  }
}
