package org.relearning.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;

/**
 * Making and storing ES256 (P-256) signing keys, without a database. Keys are stored as JWK JSON;
 * the key id is the RFC 7638 thumbprint, so the same key always has the same id on every node.
 */
public final class KeyMaterial {

  private KeyMaterial() {}

  /** A fresh P-256 key pair, with use, algorithm and thumbprint key id set. */
  public static ECKey generate() {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).generate();
      return new ECKey.Builder(key)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint()
          .build();
    } catch (JOSEException e) {
      throw new IllegalStateException("No P-256 key generator in this JVM", e);
    }
  }

  /** The public half as JWK JSON, safe to publish. */
  public static String publicJson(ECKey key) {
    return key.toPublicJWK().toJSONString();
  }

  /** The whole key pair as JWK JSON; this is a secret. */
  public static String privateJson(ECKey key) {
    if (!key.isPrivate()) {
      throw new IllegalArgumentException("Key " + key.getKeyID() + " has no private part");
    }
    return key.toJSONString();
  }

  /** Reads a stored key; fails unless it is a P-256 key with a key id. */
  public static ECKey parse(String jwkJson) {
    try {
      ECKey key = ECKey.parse(jwkJson);
      if (!Curve.P_256.equals(key.getCurve()) || key.getKeyID() == null) {
        throw new IllegalArgumentException("Not a P-256 key with a key id");
      }
      return key;
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JWK: " + e.getMessage(), e);
    }
  }
}
