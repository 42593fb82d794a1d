package org.relearning.quiz;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relearning.platform.cluster.JobLease;

/**
 * Submits timed attempts whose deadline passed while nobody was looking (the learner closed the
 * page), grading the answers saved before it. Every minute, each attempt in its own transaction. In
 * a cluster the timer fires on every node and only the node holding the job's lease sweeps;
 * submitting is idempotent all the same, so a sweep that overlaps another grades each attempt once.
 */
@Singleton
public class AttemptSweep {

  private static final Logger LOG = Logger.getLogger(AttemptSweep.class.getName());
  private static final int BATCH = 500;
  static final String JOB = "quiz.attempt-sweep";

  /** Longer than the period, so that the node sweeping renews it before it runs out. */
  private static final Duration LEASE = Duration.ofSeconds(90);

  @EJB private QuizService quizzes;
  @EJB private JobLease lease;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void everyMinute() {
    if (lease.acquire(JOB, LEASE)) {
      finishOverdue();
    }
  }

  /** Submits every overdue attempt; returns how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int finishOverdue() {
    int done = 0;
    List<Long> overdue = quizzes.overdue(BATCH);
    for (Long id : overdue) {
      try {
        quizzes.finishOverdue(id);
        done++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Overdue attempt " + id + " not submitted", e);
      }
    }
    if (done > 0) {
      int count = done;
      LOG.info(() -> count + " overdue attempt(s) submitted");
    }
    return done;
  }
}
