package org.relearning.certificate.template;

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

/** A background, logo or signature picture of a library's templates; never changed. */
@Entity
@Table(name = "CRT_TEMPLATE_IMAGE")
public class TemplateImage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LIBRARY_ID", nullable = false, updatable = false)
  private Long libraryId;

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

  protected TemplateImage() {}

  TemplateImage(long libraryId, String contentType, byte[] data, Instant createdAt, String by) {
    this.libraryId = libraryId;
    this.contentType = contentType;
    this.byteSize = data.length;
    this.data = data;
    this.createdAt = createdAt;
    this.createdBy = by;
  }

  public Long getId() {
    return id;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public String getContentType() {
    return contentType;
  }

  public int getByteSize() {
    return byteSize;
  }

  public byte[] getData() {
    return data;
  }
}
