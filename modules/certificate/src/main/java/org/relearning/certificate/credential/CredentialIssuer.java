package org.relearning.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.relearning.certificate.Certificate;
import org.relearning.learning.curriculum.CurriculumService;

/**
 * Signs certificates as Open Badges 3.0 credentials in the VC-JWT format: a compact JWS, ES256,
 * whose payload is the credential itself with {@code iss}, {@code jti} and {@code nbf} taken from
 * its issuer, id and validFrom. There is no {@code sub}: the subject has no id (no e-mail, no DID).
 *
 * <p>The header names the key by its thumbprint ({@code kid}, found in the issuer's JWK set) and
 * also carries the public key ({@code jwk}), which Open Badges 3.0 verifiers use when {@code kid}
 * is not a URL. {@link CredentialCheck} never trusts that embedded key, only the published ones.
 */
@ApplicationScoped
public class CredentialIssuer {

  @Inject private IssuerKeys keys;
  @EJB private CurriculumService curricula;

  /**
   * The credential of {@code c}, signed with the issuer's active key, as a compact JWS. A path's
   * certificate names the path as its achievement and lists the courses completed on it.
   */
  public String signedCredential(Certificate c, String issuerBaseUrl, Locale language) {
    Long curriculumId =
        c.isForPath() ? curricula.curriculumOf(c.getPathEnrolmentId()).orElse(null) : null;
    return sign(
        OpenBadgeCredential.of(CertificateFacts.of(c, curriculumId), issuerBaseUrl, language),
        keys.signingKey());
  }

  /** Signs a credential built by {@link OpenBadgeCredential#of}. */
  public static String sign(Map<String, Object> credential, ECKey key) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    credential.forEach(claims::claim);
    @SuppressWarnings("unchecked")
    Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
    claims
        .issuer((String) issuer.get("id"))
        .jwtID((String) credential.get("id"))
        .notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))));
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256)
            .type(JOSEObjectType.JWT)
            .keyID(key.getKeyID())
            .jwk(key.toPublicJWK())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims.build());
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing with issuer key " + key.getKeyID() + " failed", e);
    }
    return jwt.serialize();
  }
}
