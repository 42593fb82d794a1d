package org.relearning.identity.people;

import org.relearning.identity.account.Profile;

/**
 * What a learner gives when they register themselves; the profile and the e-mail address (only for
 * password links) are optional.
 */
public record Registration(
    String username,
    String password,
    String nameTh,
    String nameEn,
    Long libraryId,
    Profile profile,
    String language,
    String email) {

  /** Without an e-mail address, which is optional. */
  public Registration(
      String username,
      String password,
      String nameTh,
      String nameEn,
      Long libraryId,
      Profile profile,
      String language) {
    this(username, password, nameTh, nameEn, libraryId, profile, language, null);
  }
}
