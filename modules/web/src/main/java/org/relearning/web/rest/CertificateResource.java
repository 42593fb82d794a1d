package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.LanguageFilter;

/** Certificates the caller may see: their own, their library's, or all for the system admin. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CertificateResource {

  @EJB private CertificateService certificates;
  @EJB private CurriculumService curricula;
  @Context private HttpServletRequest request;

  /**
   * A certificate as the API shows it. A career path's certificate has no {@code courseId}: it
   * names the path ({@code curriculumId}, its title in {@code courseTitle}) and the courses
   * completed on it ({@code pathCourses}, empty for a course's certificate).
   */
  public record CertificateEntry(
      String id,
      String code,
      String learnerNameTh,
      String learnerNameEn,
      Long courseId,
      String courseTitle,
      long libraryId,
      String completedOn,
      String status,
      Long curriculumId,
      List<String> pathCourses) {}

  /** Why a certificate is revoked: kept in the audit log, never shown publicly. */
  public record Revocation(String reason) {}

  /** A certificate to issue by hand: who, which course, completed when (ISO date), and why. */
  public record Issue(String username, long courseId, String completedOn, String reason) {}

  /** A learner's names as they should read, and why they changed. */
  public record NameCorrection(String nameTh, String nameEn, String reason) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Issues a certificate by hand, for a class held offline (administrators of the course's"
              + " library); 201 with the certificate")
  public Response issue(Issue issue) {
    if (issue == null) {
      throw new BusinessException("certificate.issue.reasonRequired");
    }
    LocalDate completedOn;
    try {
      completedOn = issue.completedOn() == null ? null : LocalDate.parse(issue.completedOn());
    } catch (DateTimeParseException e) {
      throw new BusinessException("certificate.issue.badDate");
    }
    Certificate c =
        certificates.issueByHand(issue.username(), issue.courseId(), completedOn, issue.reason());
    return Response.status(Response.Status.CREATED).entity(entry(c)).build();
  }

  @POST
  @Path("{id}/name")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Corrects the learner's names on a certificate; same id and code, change audited"
              + " (administrators of its library)")
  public CertificateEntry correctName(@PathParam("id") String uid, NameCorrection correction) {
    if (correction == null) {
      throw new BusinessException("certificate.correct.namesRequired");
    }
    return entry(
        certificates.correctName(
            uid, correction.nameTh(), correction.nameEn(), correction.reason()));
  }

  @GET
  @Operation(summary = "Certificates visible to the caller: id, code, learner, course, status")
  public List<CertificateEntry> list() {
    return certificates.visibleToCaller().stream().map(this::entry).toList();
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The certificate as a PDF (lang=th|en; digits=thai for Thai numerals in a Thai date),"
              + " for its holder and administrators")
  public Response pdf(
      @PathParam("id") String uid,
      @QueryParam("lang") String lang,
      @QueryParam("digits") String digits) {
    Locale language = lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(request);
    byte[] pdf =
        certificates.renderPdf(
            uid,
            language,
            "thai".equalsIgnoreCase(digits) ? Dates.Digits.THAI : Dates.Digits.ARABIC,
            PublicUrls.verifyBase(request));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"certificate-" + uid + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revokes a certificate with a reason (library administrators of its library)")
  public CertificateEntry revoke(@PathParam("id") String uid, Revocation revocation) {
    return entry(certificates.revoke(uid, revocation == null ? null : revocation.reason()));
  }

  private CertificateEntry entry(Certificate c) {
    return new CertificateEntry(
        c.getUid(),
        c.getCode(),
        c.getLearnerNameTh(),
        c.getLearnerNameEn(),
        c.isForPath() ? null : c.getCourseId(),
        c.getCourseTitle(),
        c.getLibraryId(),
        c.getCompletedOn().toString(),
        c.getStatus().name(),
        c.isForPath() ? curricula.curriculumOf(c.getPathEnrolmentId()).orElse(null) : null,
        c.getPathCourses());
  }
}
