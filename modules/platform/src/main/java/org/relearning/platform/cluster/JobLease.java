package org.relearning.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.relearning.platform.db.Database;

/**
 * Lets one node of a cluster do a scheduled job while the others skip it. A timer fires on every
 * node; each asks for the job's lease first, and only the node that gets it does the work. The
 * holder renews the lease each time it runs, so the job stays on one node; when that node stops,
 * another takes the lease once it has run out.
 *
 * <p>The lease is a row of {@code PLT_JOB_LEASE} in the shared database, taken with a conditional
 * update (or an insert the first time), each statement committed by itself outside any caller
 * transaction. Each JVM is one holder, named by a random id. On a single node the lease is always
 * granted.
 */
@Stateless
public class JobLease {

  /** This JVM as a lease holder. */
  public static final String NODE = UUID.randomUUID().toString();

  private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Clock clock;

  /**
   * Takes or renews the lease on {@code job} for {@code length}; true when this node may run the
   * job now. Make the length longer than the job's period, so that the holder renews it before it
   * runs out. False (skip this time) when another node holds it or the database cannot be reached.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean acquire(String job, Duration length) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return LeaseTable.acquire(c, job, NODE, clock.instant(), length);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Lease " + job + " not taken: " + e.getMessage(), e);
      return false;
    }
  }
}
