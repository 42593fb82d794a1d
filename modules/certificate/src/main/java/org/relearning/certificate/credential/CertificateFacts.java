package org.relearning.certificate.credential;

import java.time.Instant;
import java.time.LocalDate;
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
    LocalDate expiresOn) {

  public static CertificateFacts of(Certificate c) {
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
        c.getExpiresOn());
  }
}
