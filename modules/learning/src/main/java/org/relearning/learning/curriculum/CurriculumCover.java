package org.relearning.learning.curriculum;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A career path's cover picture; never changed: a new upload is a new one. */
@Entity
@Table(name = "LRN_CURRICULUM_COVER")
public class CurriculumCover {

  /** Covers are shown on every catalog page: small pictures, kept whole in the database. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "CURRICULUM_ID", nullable = false, updatable = false)
  private Long curriculumId;

  @Column(name = "CONTENT_TYPE", nullable = false, updatable = false, length = 20)
  private String contentType;

  @Column(name = "BYTE_SIZE", nullable = false, updatable = false)
  private int byteSize;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] data;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 100)
  private String createdBy;

  protected CurriculumCover() {}

  CurriculumCover(
      long curriculumId, String contentType, byte[] data, Instant createdAt, String createdBy) {
    this.curriculumId = curriculumId;
    this.contentType = contentType;
    this.byteSize = data.length;
    this.data = data;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public Long getCurriculumId() {
    return curriculumId;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data;
  }
}
