package org.relearning.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relearning.certificate.credential.IssuerKeys;
import org.relearning.certificate.credential.OpenBadgeCredential;
import org.relearning.platform.i18n.Languages;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.LanguageFilter;

/**
 * Who signs the credentials, for anyone: the Open Badges issuer profile that credentials point to,
 * and the public keys that verify them, retired ones included.
 */
@Path("issuer")
@RequestScoped
public class IssuerResource {

  /** The media type of a JSON Web Key set (RFC 7517). */
  public static final String JWK_SET = "application/jwk-set+json";

  @Inject private IssuerKeys keys;
  @Context private HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The Open Badges 3.0 issuer profile; lang=th|en")
  public Response profile(@QueryParam("lang") String lang) {
    Locale language = lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(request);
    return Response.ok(OpenBadgeCredential.issuerProfile(PublicUrls.base(request), language))
        .cacheControl(publicFor(3600))
        .header("Vary", "Accept-Language")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  @GET
  @Path("jwks")
  @Produces({JWK_SET, MediaType.APPLICATION_JSON})
  @Operation(summary = "The public keys (JWK set, ES256) that verify credentials")
  public Response jwks() {
    // Short max-age: a newly rotated key must reach verifiers soon; old keys never disappear.
    return Response.ok(keys.publicJwkSet().toString(true))
        .cacheControl(publicFor(600))
        .header("Access-Control-Allow-Origin", "*")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static CacheControl publicFor(int seconds) {
    CacheControl cc = new CacheControl();
    cc.setMaxAge(seconds);
    return cc;
  }
}
