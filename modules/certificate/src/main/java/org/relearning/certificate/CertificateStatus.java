package org.relearning.certificate;

/** Whether a certificate still stands. */
public enum CertificateStatus {
  VALID,
  REVOKED
}
