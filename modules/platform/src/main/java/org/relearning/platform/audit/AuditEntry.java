package org.relearning.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security-relevant or certificate action: who did what to which thing, when, and why. */
@Entity
@Table(name = "PLT_AUDIT")
@NamedQuery(name = "AuditEntry.recent", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC")
@NamedQuery(
    name = "AuditEntry.about",
    query = "SELECT a FROM AuditEntry a WHERE a.subject = :subject ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

  public static final int DETAIL_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "LIBRARY_ID")
  private Long libraryId;

  @Column(length = DETAIL_MAX)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at, String actor, String action, String subject, Long libraryId, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.libraryId = libraryId;
    this.detail =
        detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public String getDetail() {
    return detail;
  }
}
