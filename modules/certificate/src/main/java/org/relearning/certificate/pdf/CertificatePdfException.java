package org.relearning.certificate.pdf;

/** A certificate could not be rendered; always a programming or packaging error, never input. */
public class CertificatePdfException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CertificatePdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
