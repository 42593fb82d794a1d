package org.relearning.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.certificate.CertificateService;

/** Certificates the caller may see: their own, their library's, or all for the system admin. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CertificateResource {

  @Inject private CertificateService certificates;

  /** A certificate as the API shows it. */
  public record CertificateEntry(
      String id,
      String code,
      String learnerNameTh,
      String learnerNameEn,
      long courseId,
      String courseTitle,
      long libraryId,
      String completedOn,
      String status) {}

  @GET
  @Operation(summary = "Certificates visible to the caller: id, code, learner, course, status")
  public List<CertificateEntry> list() {
    return certificates.visibleToCaller().stream()
        .map(
            c ->
                new CertificateEntry(
                    c.getUid(),
                    c.getCode(),
                    c.getLearnerNameTh(),
                    c.getLearnerNameEn(),
                    c.getCourseId(),
                    c.getCourseTitle(),
                    c.getLibraryId(),
                    c.getCompletedOn().toString(),
                    c.getStatus().name()))
        .toList();
  }
}
