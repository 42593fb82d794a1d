package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.certificate.Certificate;
import org.relearning.certificate.CertificateService;
import org.relearning.certificate.credential.CredentialIssuer;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.LanguageFilter;

/**
 * A certificate as a signed Open Badges 3.0 credential (VC-JWT), for its holder to keep in a wallet
 * or hand to an employer; the holder, their library's administrators and the system admin only.
 */
@Path("certificates/{id}/credential")
@RequestScoped
@SecurityRequirement(name = "basic")
public class CredentialResource {

  /** The media type of a credential secured as a JWT (W3C VC-JOSE-COSE). */
  public static final String VC_JWT = "application/vc+jwt";

  @EJB private CertificateService certificates;
  @Inject private CredentialIssuer issuer;
  @Context private HttpServletRequest request;

  @GET
  @Produces(VC_JWT)
  @Operation(
      summary =
          "The certificate as an Open Badges 3.0 credential: a compact JWS (ES256) whose keys are"
              + " at /api/v1/issuer/jwks; lang=th|en picks the language of its texts")
  public Response credential(@PathParam("id") String uid, @QueryParam("lang") String lang) {
    Certificate c = certificates.getForHolderOrAdmin(uid);
    if (c.isRevoked()) {
      return Response.status(Response.Status.GONE)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "certificate.revoked"))
          .build();
    }
    Locale language = lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(request);
    String jws = issuer.signedCredential(c, PublicUrls.base(request), language);
    return Response.ok(jws, VC_JWT)
        .header("Content-Disposition", "attachment; filename=\"certificate-" + uid + ".jwt\"")
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
