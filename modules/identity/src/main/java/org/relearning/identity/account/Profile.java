package org.relearning.identity.account;

/**
 * The optional facts a person may give: asked only to show the funder whom the libraries serve,
 * never shown to other learners. Blank texts count as not given.
 */
public record Profile(
    AgeGroup ageGroup, String occupation, String province, boolean statisticsConsent) {

  public static final Profile NONE = new Profile(null, null, null, false);

  public Profile {
    occupation = clean(occupation, Account.OCCUPATION_MAX);
    province = clean(province, Account.PROVINCE_MAX);
  }

  private static String clean(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    return s.length() <= max ? s : s.substring(0, max);
  }
}
