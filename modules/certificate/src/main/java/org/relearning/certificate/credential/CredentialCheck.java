package org.relearning.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a credential someone hands in was signed by this issuer and left unchanged: for the
 * verify page, where a learner or employer uploads the credential.
 */
@ApplicationScoped
public class CredentialCheck {

  /** Why a credential was not accepted; each has an i18n key {@code credential.check.<name>}. */
  public enum Failure {
    /** Not a compact JWS at all (or not JSON inside). */
    MALFORMED,
    /** Signed with anything but ES256, including {@code none}. */
    UNSUPPORTED_ALGORITHM,
    /** Signed with a key this issuer never published. */
    UNKNOWN_KEY,
    /** The signature does not match: the content was changed after signing. */
    BAD_SIGNATURE,
    /** Signed by us, but not an OpenBadgeCredential. */
    NOT_A_CREDENTIAL
  }

  /** The outcome: the credential and its key id when valid, otherwise why not. */
  public record Result(Failure failure, String kid, Map<String, Object> claims) {

    static Result failed(Failure why) {
      return new Result(why, null, Map.of());
    }

    public boolean isValid() {
      return failure == null;
    }

    /** The credential: the payload itself, or its {@code vc} claim in the older wrapped form. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> credential() {
      Object wrapped = claims.get("vc");
      return wrapped instanceof Map<?, ?> vc ? (Map<String, Object>) vc : claims;
    }
  }

  @Inject private IssuerKeys keys;

  /** Checks against every key this issuer has published. */
  public Result check(String compactJws) {
    return check(compactJws, keys.publicJwkSet());
  }

  public static Result check(String compactJws, JWKSet published) {
    if (compactJws == null || compactJws.isBlank()) {
      return Result.failed(Failure.MALFORMED);
    }
    SignedJWT jwt;
    Map<String, Object> claims;
    try {
      jwt = SignedJWT.parse(compactJws.strip());
      claims = jwt.getJWTClaimsSet().toJSONObject();
    } catch (ParseException e) {
      return Result.failed(Failure.MALFORMED);
    }
    JWSHeader header = jwt.getHeader();
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
      return Result.failed(Failure.UNSUPPORTED_ALGORITHM);
    }
    JWK jwk = header.getKeyID() == null ? null : published.getKeyByKeyId(header.getKeyID());
    if (!(jwk instanceof ECKey key)) {
      return Result.failed(Failure.UNKNOWN_KEY);
    }
    try {
      if (!jwt.verify(new ECDSAVerifier(key.toPublicJWK()))) {
        return Result.failed(Failure.BAD_SIGNATURE);
      }
    } catch (JOSEException e) {
      return Result.failed(Failure.BAD_SIGNATURE);
    }
    Result result = new Result(null, key.getKeyID(), claims);
    Object type = result.credential().get("type");
    if (!(type instanceof List<?> types && types.contains("OpenBadgeCredential"))) {
      return Result.failed(Failure.NOT_A_CREDENTIAL);
    }
    return result;
  }
}
