package org.relearning.certificate.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.relearning.certificate.Certificate;

/**
 * What a credential states, copied from a certificate; lets the credential be built without JPA.
 */
public record CertificateFacts(
    String uid,
    String code,
    String learnerNameTh,
    String learnerNameEn,
    long courseId,
    String courseTitle,
    String libraryNameTh,
    String libraryNameEn,
    Instant issuedAt,
    LocalDate expiresOn,
    Long curriculumId,
    List<String> pathCourses) {

  public CertificateFacts {
    pathCourses = pathCourses == null ? List.of() : List.copyOf(pathCourses);
  }

  /** A course's certificate. */
  public static CertificateFacts of(Certificate c) {
    return of(c, null);
  }

  /** A certificate; for a path's, {@code curriculumId} is the path it certifies. */
  public static CertificateFacts of(Certificate c, Long curriculumId) {
    return new CertificateFacts(
        c.getUid(),
        c.getCode(),
        c.getLearnerNameTh(),
        c.getLearnerNameEn(),
        c.getCourseId(),
        c.getCourseTitle(),
        c.getLibraryNameTh(),
        c.getLibraryNameEn(),
        c.getIssuedAt(),
        c.getExpiresOn(),
        curriculumId,
        c.getPathCourses());
  }

  /** Whether the credential certifies a whole career path. */
  public boolean forPath() {
    return curriculumId != null;
  }
}
