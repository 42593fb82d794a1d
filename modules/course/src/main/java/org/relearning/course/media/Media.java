package org.relearning.course.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A picture, video or file an author uploaded for a course. The bytes are elsewhere (a {@link
 * MediaStore}); this row says what they are, how many, their fingerprint and where to find them.
 */
@Entity
@Table(name = "CRS_MEDIA")
@NamedQuery(
    name = "Media.blocksShowing",
    query = "SELECT COUNT(b) FROM ContentBlock b WHERE b.refId = :ref AND b.blockType IN :types")
public class Media {

  public static final int CONTENT_TYPE_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "COURSE_ID", nullable = false)
  private Long courseId;

  @Column(name = "FILE_NAME", nullable = false, length = FileNames.MAX)
  private String fileName;

  @Column(name = "CONTENT_TYPE", nullable = false, length = CONTENT_TYPE_MAX)
  private String contentType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MediaKind kind;

  @Column(name = "BYTE_SIZE", nullable = false)
  private long byteSize;

  @Column(name = "SHA256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "STORE", nullable = false, length = 10)
  private String store;

  @Column(name = "STORE_KEY", nullable = false, length = 80)
  private String storeKey;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected Media() {}

  Media(
      Long courseId,
      String fileName,
      MediaSniffer.Sniffed type,
      MediaStore.Written written,
      String store,
      Instant createdAt) {
    this.courseId = courseId;
    this.fileName = fileName;
    this.contentType = type.contentType();
    this.kind = type.kind();
    this.byteSize = written.size();
    this.sha256 = written.sha256();
    this.store = store;
    this.storeKey = written.key();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public MediaKind getKind() {
    return kind;
  }

  public long getByteSize() {
    return byteSize;
  }

  public String getSha256() {
    return sha256;
  }

  String getStore() {
    return store;
  }

  String getStoreKey() {
    return storeKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
