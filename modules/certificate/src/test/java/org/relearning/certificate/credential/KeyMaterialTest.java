package org.relearning.certificate.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {

  @Test
  void generatesP256KeysWithThumbprintIds() throws Exception {
    ECKey key = KeyMaterial.generate();

    assertThat(key.getCurve()).isEqualTo(Curve.P_256);
    assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(key.isPrivate()).isTrue();
    assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    assertThat(KeyMaterial.generate().getKeyID()).isNotEqualTo(key.getKeyID());
  }

  @Test
  void storedPrivateKeyReadsBackAsTheSameKeyPair() {
    ECKey key = KeyMaterial.generate();

    ECKey read = KeyMaterial.parse(KeyMaterial.privateJson(key));

    assertThat(read).isEqualTo(key);
    assertThat(read.isPrivate()).isTrue();
    assertThat(read.getKeyID()).isEqualTo(key.getKeyID());
  }

  @Test
  void publishedJsonHoldsNoPrivatePart() {
    ECKey key = KeyMaterial.generate();

    String json = KeyMaterial.publicJson(key);

    assertThat(json).doesNotContain("\"d\"").contains(key.getKeyID());
    ECKey read = KeyMaterial.parse(json);
    assertThat(read.isPrivate()).isFalse();
    assertThat(read.toPublicJWK()).isEqualTo(key.toPublicJWK());
  }

  @Test
  void storedJsonFitsItsColumns() {
    ECKey key = KeyMaterial.generate();

    assertThat(KeyMaterial.publicJson(key)).hasSizeLessThan(IssuerKey.PUBLIC_JWK_MAX);
    assertThat(KeyMaterial.privateJson(key)).hasSizeLessThan(IssuerKey.PRIVATE_JWK_MAX);
    assertThat(key.getKeyID()).hasSizeLessThanOrEqualTo(IssuerKey.KID_MAX);
  }

  @Test
  void refusesToStoreAPublicKeyAsPrivateOrToReadGarbage() {
    ECKey publicOnly = KeyMaterial.generate().toPublicJWK();

    assertThatThrownBy(() -> KeyMaterial.privateJson(publicOnly))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyMaterial.parse("{\"kty\":\"oct\",\"k\":\"AAAA\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyMaterial.parse("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
