package org.relearning.certificate.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of a library's template; never changed after it is stored. */
@Entity
@Table(name = "CRT_TEMPLATE_VERSION")
@NamedQuery(
    name = "TemplateVersion.ofLibrary",
    query = "SELECT v FROM TemplateVersion v WHERE v.libraryId = :library ORDER BY v.version DESC")
public class TemplateVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LIBRARY_ID", nullable = false, updatable = false)
  private Long libraryId;

  @Column(nullable = false, updatable = false)
  private int version;

  /** The design as JSON; none: the built-in design. */
  @Lob
  @Column(updatable = false)
  private String design;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 100)
  private String createdBy;

  protected TemplateVersion() {}

  TemplateVersion(long libraryId, int version, String design, Instant createdAt, String by) {
    this.libraryId = libraryId;
    this.version = version;
    this.design = design;
    this.createdAt = createdAt;
    this.createdBy = by;
  }

  public Long getId() {
    return id;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public int getVersion() {
    return version;
  }

  public boolean isBuiltIn() {
    return design == null;
  }

  /** The design it keeps, checked again as it is read. */
  public TemplateDesign design() {
    return design == null
        ? TemplateDesign.builtIn()
        : TemplateRules.checked(TemplateJson.read(design));
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
