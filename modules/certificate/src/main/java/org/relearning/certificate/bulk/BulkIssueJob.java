package org.relearning.certificate.bulk;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One class's certificates being issued in the background: who started it (the only one who may
 * read it), how far it has got, and what happened to each learner so far.
 */
public final class BulkIssueJob {

  /** What happened to one learner. */
  public enum Kind {
    /** A new certificate was issued. */
    ISSUED,
    /** The learner already held a valid certificate of the course; it is named, not repeated. */
    SKIPPED,
    /** Not issued, for the reason given by its message key. */
    REFUSED
  }

  /**
   * The result for one learner: the certificate's id and code when issued, the held one's code when
   * skipped, the message key of the refusal otherwise.
   */
  public record Outcome(
      String username,
      Kind kind,
      String uid,
      String code,
      String nameTh,
      String nameEn,
      String reasonKey)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isIssued() {
      return kind == Kind.ISSUED;
    }

    /** The learner's name as printed, in the reader's language; the username when unknown. */
    public String name(Locale locale) {
      if (nameTh == null) {
        return username;
      }
      return "th".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank()
          ? nameTh
          : nameEn;
    }
  }

  private final String id;
  private final long ownerAccountId;
  private final long courseId;
  private final String courseTitle;
  private final int total;
  private final Instant startedAt;
  private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
  private volatile boolean finished;

  BulkIssueJob(
      String id,
      long ownerAccountId,
      long courseId,
      String courseTitle,
      int total,
      Instant startedAt) {
    this.id = id;
    this.ownerAccountId = ownerAccountId;
    this.courseId = courseId;
    this.courseTitle = courseTitle;
    this.total = total;
    this.startedAt = startedAt;
  }

  void add(Outcome outcome) {
    outcomes.add(outcome);
  }

  void finish() {
    finished = true;
  }

  public String getId() {
    return id;
  }

  long getOwnerAccountId() {
    return ownerAccountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  /** How many learners the class list holds. */
  public int getTotal() {
    return total;
  }

  /** How many learners have been dealt with so far. */
  public int getDone() {
    return outcomes.size();
  }

  /** Whether every learner has been dealt with. */
  public boolean isFinished() {
    return finished;
  }

  /** Whole per cent done, 0 to 100. */
  public int getPercent() {
    return total == 0 ? 100 : (int) (100L * getDone() / total);
  }

  /** The results so far, in the order of the class list. */
  public List<Outcome> getOutcomes() {
    return List.copyOf(outcomes);
  }

  public long count(Kind kind) {
    return outcomes.stream().filter(o -> o.kind() == kind).count();
  }
}
