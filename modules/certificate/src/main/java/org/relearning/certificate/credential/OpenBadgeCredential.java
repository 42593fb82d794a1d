package org.relearning.certificate.credential;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.relearning.platform.i18n.Languages;
import org.relearning.platform.time.Clocks;

/**
 * The Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0) that a
 * certificate stands for, as plain JSON maps in a stable order.
 */
public final class OpenBadgeCredential {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** Not a standard status type: the verify page shows whether the certificate was revoked. */
  public static final String STATUS_TYPE = "RelearnVerificationPage";

  private OpenBadgeCredential() {}

  public static String issuerId(String baseUrl) {
    return baseUrl + "/api/v1/issuer";
  }

  public static String credentialId(String baseUrl, String uid) {
    return baseUrl + "/api/v1/certificates/" + uid + "/credential";
  }

  public static String achievementId(String baseUrl, long courseId) {
    return baseUrl + "/api/v1/courses/" + courseId;
  }

  /** A career path's achievement: the path in the API. */
  public static String pathAchievementId(String baseUrl, long curriculumId) {
    return baseUrl + "/api/v1/curricula/" + curriculumId;
  }

  public static String verifyUrl(String baseUrl, String code) {
    return baseUrl + "/verify/" + code;
  }

  /** The credential, in {@code language} where words are not names. */
  public static Map<String, Object> of(CertificateFacts f, String baseUrl, Locale language) {
    boolean thai = Languages.isThai(language);
    ResourceBundle text = texts(language);
    String library = thai || f.libraryNameEn().isBlank() ? f.libraryNameTh() : f.libraryNameEn();

    Map<String, Object> issuer = new LinkedHashMap<>();
    issuer.put("id", issuerId(baseUrl));
    issuer.put("type", List.of("Profile"));
    issuer.put("name", library);
    issuer.put("url", baseUrl);

    String kind = f.forPath() ? ".path" : "";
    String courses = String.join(", ", f.pathCourses());
    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put(
        "narrative",
        format(text, "achievement.criteria" + kind, f.courseTitle(), library, courses));

    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put(
        "id",
        f.forPath()
            ? pathAchievementId(baseUrl, f.curriculumId())
            : achievementId(baseUrl, f.courseId()));
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "CertificateOfCompletion");
    achievement.put("name", f.courseTitle());
    achievement.put(
        "description",
        format(text, "achievement.description" + kind, f.courseTitle(), library, courses));
    achievement.put("criteria", criteria);
    achievement.put("inLanguage", thai ? "th" : "en");

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", learnerIdentifiers(f));
    subject.put("achievement", achievement);

    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", verifyUrl(baseUrl, f.code()));
    status.put("type", STATUS_TYPE);

    String validFrom = validFrom(f.issuedAt()).toString();
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    credential.put("id", credentialId(baseUrl, f.uid()));
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuer);
    credential.put("validFrom", validFrom);
    credential.put("awardedDate", validFrom);
    if (f.expiresOn() != null) {
      // valid through its last day in Thailand, so until the start of the next
      credential.put(
          "validUntil", f.expiresOn().plusDays(1).atStartOfDay(Clocks.ZONE).toInstant().toString());
    }
    credential.put("name", f.courseTitle());
    credential.put("credentialSubject", subject);
    credential.put("credentialStatus", status);
    return credential;
  }

  /** The issuer profile served at {@link #issuerId}; credentials name the awarding library. */
  public static Map<String, Object> issuerProfile(String baseUrl, Locale language) {
    ResourceBundle text = texts(language);
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    profile.put("id", issuerId(baseUrl));
    profile.put("type", List.of("Profile"));
    profile.put("name", text.getString("issuer.name"));
    profile.put("description", text.getString("issuer.description"));
    profile.put("url", baseUrl);
    return profile;
  }

  /** JWT numeric dates have whole seconds; the credential says the same instant as {@code nbf}. */
  static Instant validFrom(Instant issuedAt) {
    return issuedAt.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * There is no e-mail to hash, so the learner is identified by name, plainly, as printed on the
   * certificate: Thai first, then English when it differs.
   */
  private static List<Map<String, Object>> learnerIdentifiers(CertificateFacts f) {
    List<Map<String, Object>> ids = new ArrayList<>();
    ids.add(nameIdentifier(f.learnerNameTh()));
    if (!f.learnerNameEn().isBlank() && !f.learnerNameEn().equals(f.learnerNameTh())) {
      ids.add(nameIdentifier(f.learnerNameEn()));
    }
    return ids;
  }

  private static Map<String, Object> nameIdentifier(String name) {
    Map<String, Object> id = new LinkedHashMap<>();
    id.put("type", "IdentityObject");
    id.put("identityType", "name");
    id.put("hashed", false);
    id.put("identityHash", name);
    return id;
  }

  private static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle(
        CredentialText.class.getName(),
        Languages.closest(language),
        CredentialText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
  }

  private static String format(ResourceBundle text, String key, Object... args) {
    return new MessageFormat(text.getString(key), text.getLocale()).format(args);
  }
}
