package org.relearning.certificate.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relearning.certificate.credential.CredentialCheck.Failure;
import org.relearning.certificate.credential.CredentialCheck.Result;
import org.relearning.platform.i18n.Languages;

class CredentialSigningTest {

  static final String BASE = "https://learn.example.go.th/relearn";
  static final String LEARNER_TH = "นางสาวน้ำใส ใจดี";
  static final String COURSE = "การใช้สมาร์ตโฟนอย่างปลอดภัย ให้ผู้สูงอายุ";
  static final CertificateFacts FACTS =
      new CertificateFacts(
          "Yk3nQ0v2bQ9xR1sT7uV8wA",
          "K7QM-2XHP",
          LEARNER_TH,
          "Miss Namsai Jaidee",
          42,
          COURSE,
          "ห้องสมุดประชาชนจังหวัดน่าน",
          "Nan Provincial Public Library",
          Instant.parse("2026-11-24T08:15:30.123456Z"),
          null,
          null,
          List.of());

  final ECKey key = KeyMaterial.generate();

  String signed() {
    return CredentialIssuer.sign(OpenBadgeCredential.of(FACTS, BASE, Languages.THAI), key);
  }

  @Test
  void verifiesWithThePublicKeyInNimbus() throws Exception {
    SignedJWT jwt = SignedJWT.parse(signed());

    assertThat(jwt.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
  }

  @Test
  void headerNamesES256AndTheKey() throws Exception {
    SignedJWT jwt = SignedJWT.parse(signed());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
  }

  @Test
  void payloadCarriesTheExactThaiNamesAsUtf8() {
    String payload = payloadJson(signed());

    assertThat(payload).contains("\"" + COURSE + "\"").contains("\"" + LEARNER_TH + "\"");
  }

  @Test
  void claimsFollowOpenBadges3VcJwt() throws Exception {
    Map<String, Object> claims = SignedJWT.parse(signed()).getJWTClaimsSet().toJSONObject();

    assertThat(claims.get("iss")).isEqualTo(BASE + "/api/v1/issuer");
    assertThat(claims.get("jti"))
        .isEqualTo(BASE + "/api/v1/certificates/Yk3nQ0v2bQ9xR1sT7uV8wA/credential")
        .isEqualTo(claims.get("id"));
    assertThat(((Number) claims.get("nbf")).longValue())
        .isEqualTo(Instant.parse("2026-11-24T08:15:30Z").getEpochSecond());
    assertThat(claims.get("validFrom")).isEqualTo("2026-11-24T08:15:30Z");
    assertThat(claims.get("type"))
        .isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    assertThat(claims).doesNotContainKeys("vc", "sub", "exp");
  }

  @Test
  void credentialDescribesCourseLibraryAndVerifyPage() {
    Map<String, Object> c = OpenBadgeCredential.of(FACTS, BASE, Languages.THAI);

    assertThat(c).containsEntry("name", COURSE);
    assertThat(map(c, "issuer"))
        .containsEntry("id", BASE + "/api/v1/issuer")
        .containsEntry("name", "ห้องสมุดประชาชนจังหวัดน่าน")
        .containsEntry("type", List.of("Profile"));
    Map<String, Object> achievement = map(map(c, "credentialSubject"), "achievement");
    assertThat(achievement)
        .containsEntry("id", BASE + "/api/v1/courses/42")
        .containsEntry("name", COURSE)
        .containsEntry("type", List.of("Achievement"));
    assertThat((String) map(achievement, "criteria").get("narrative")).contains(COURSE);
    assertThat(map(c, "credentialStatus")).containsEntry("id", BASE + "/verify/K7QM-2XHP");
  }

  @Test
  void englishCredentialNamesTheLibraryInEnglishButKeepsBothLearnerNames() {
    Map<String, Object> c = OpenBadgeCredential.of(FACTS, BASE, Languages.ENGLISH);

    assertThat(map(c, "issuer")).containsEntry("name", "Nan Provincial Public Library");
    assertThat(map(c, "credentialSubject").get("identifier").toString())
        .contains(LEARNER_TH, "Miss Namsai Jaidee");
    Map<String, Object> achievement = map(map(c, "credentialSubject"), "achievement");
    assertThat((String) achievement.get("description"))
        .startsWith("Certificate of completion")
        .contains(COURSE);
  }

  @Test
  void checkAcceptsAnUntouchedCredential() {
    Result result = CredentialCheck.check(signed(), new JWKSet(key.toPublicJWK()));

    assertThat(result.isValid()).isTrue();
    assertThat(result.kid()).isEqualTo(key.getKeyID());
    assertThat(result.credential()).containsEntry("name", COURSE);
  }

  @Test
  void changingOneCharacterOfTheLearnerNameBreaksTheSignature() {
    String[] parts = signed().split("\\.");
    String payload = payloadJson(parts[0] + "." + parts[1] + "." + parts[2]);
    String forged = payload.replace(LEARNER_TH, LEARNER_TH.replace("ใส", "ใจ"));
    assertThat(forged).isNotEqualTo(payload);
    String tampered =
        parts[0] + "." + Base64URL.encode(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    Result result = CredentialCheck.check(tampered, new JWKSet(key.toPublicJWK()));

    assertThat(result.isValid()).isFalse();
    assertThat(result.failure()).isEqualTo(Failure.BAD_SIGNATURE);
  }

  @Test
  void keySetWithARetiredKeyStillVerifiesWhatItSigned() {
    String signedWithOld = signed();
    ECKey newer = KeyMaterial.generate();
    JWKSet published = new JWKSet(List.of(newer.toPublicJWK(), key.toPublicJWK()));

    assertThat(CredentialCheck.check(signedWithOld, published).isValid()).isTrue();
    assertThat(
            CredentialCheck.check(
                    CredentialIssuer.sign(
                        OpenBadgeCredential.of(FACTS, BASE, Languages.THAI), newer),
                    published)
                .isValid())
        .isTrue();
  }

  @Test
  void rejectsUnknownKeysForeignAlgorithmsAndGarbage() {
    JWKSet others = new JWKSet(KeyMaterial.generate().toPublicJWK());
    String[] parts = signed().split("\\.");
    String unsigned =
        Base64URL.encode("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    assertThat(CredentialCheck.check(signed(), others).failure()).isEqualTo(Failure.UNKNOWN_KEY);
    assertThat(CredentialCheck.check(unsigned, new JWKSet(key.toPublicJWK())).failure())
        .isIn(Failure.MALFORMED, Failure.UNSUPPORTED_ALGORITHM);
    assertThat(CredentialCheck.check("{\"name\":\"x\"}", others).failure())
        .isEqualTo(Failure.MALFORMED);
    assertThat(CredentialCheck.check(null, others).failure()).isEqualTo(Failure.MALFORMED);
  }

  @Test
  void headerCarriesThePublicKeyButTheCheckDoesNotTrustIt() throws Exception {
    assertThat(SignedJWT.parse(signed()).getHeader().getJWK()).isEqualTo(key.toPublicJWK());
    ECKey impostor = new ECKey.Builder(KeyMaterial.generate()).keyID(key.getKeyID()).build();
    String forged =
        CredentialIssuer.sign(OpenBadgeCredential.of(FACTS, BASE, Languages.THAI), impostor);

    Result result = CredentialCheck.check(forged, new JWKSet(key.toPublicJWK()));

    assertThat(result.failure()).isEqualTo(Failure.BAD_SIGNATURE);
  }

  @Test
  void rejectsASymmetricSignatureEvenUnderOurKeyId() throws Exception {
    SignedJWT ours = SignedJWT.parse(signed());
    SignedJWT hmac =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
            ours.getJWTClaimsSet());
    hmac.sign(new MACSigner(new byte[32]));

    Result result = CredentialCheck.check(hmac.serialize(), new JWKSet(key.toPublicJWK()));

    assertThat(result.failure()).isEqualTo(Failure.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void issuerProfileIsAnOpenBadgesProfile() {
    Map<String, Object> profile = OpenBadgeCredential.issuerProfile(BASE, Languages.THAI);

    assertThat(profile)
        .containsEntry("id", BASE + "/api/v1/issuer")
        .containsEntry("type", List.of("Profile"))
        .containsEntry("url", BASE);
  }

  static String payloadJson(String compact) {
    return new String(
        Base64.getUrlDecoder().decode(compact.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @Test
  void aCertificateThatExpiresSaysUntilWhenInTheCredential() {
    CertificateFacts expiring =
        new CertificateFacts(
            FACTS.uid(),
            FACTS.code(),
            FACTS.learnerNameTh(),
            FACTS.learnerNameEn(),
            FACTS.courseId(),
            FACTS.courseTitle(),
            FACTS.libraryNameTh(),
            FACTS.libraryNameEn(),
            FACTS.issuedAt(),
            java.time.LocalDate.of(2028, 11, 23),
            null,
            List.of());
    assertThat(OpenBadgeCredential.of(expiring, BASE, Languages.THAI).get("validUntil"))
        .as("valid through its last day in Thailand")
        .isEqualTo("2028-11-23T17:00:00Z");
    assertThat(OpenBadgeCredential.of(FACTS, BASE, Languages.THAI)).doesNotContainKey("validUntil");
  }

  @Test
  void aPathCertificateNamesThePathAndTheCoursesCompletedOnIt() {
    CertificateFacts path =
        new CertificateFacts(
            FACTS.uid(),
            FACTS.code(),
            FACTS.learnerNameTh(),
            FACTS.learnerNameEn(),
            0,
            "ผู้ประกอบการขนมไทย",
            FACTS.libraryNameTh(),
            FACTS.libraryNameEn(),
            FACTS.issuedAt(),
            null,
            7L,
            List.of("ขนมชั้น", "ความปลอดภัยอาหาร"));
    Map<String, Object> achievement =
        map(
            map(OpenBadgeCredential.of(path, BASE, Languages.THAI), "credentialSubject"),
            "achievement");
    assertThat(achievement.get("id")).isEqualTo(BASE + "/api/v1/curricula/7");
    assertThat(achievement.get("name")).isEqualTo("ผู้ประกอบการขนมไทย");
    assertThat((String) achievement.get("description"))
        .contains("เส้นทางอาชีพ", "ขนมชั้น, ความปลอดภัยอาหาร");
    Map<String, Object> course =
        map(
            map(OpenBadgeCredential.of(FACTS, BASE, Languages.ENGLISH), "credentialSubject"),
            "achievement");
    assertThat(course.get("id")).isEqualTo(BASE + "/api/v1/courses/42");
    assertThat((String) course.get("description")).doesNotContain("career path");
  }
}
