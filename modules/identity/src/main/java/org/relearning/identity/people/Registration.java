package org.relearning.identity.people;

import org.relearning.identity.account.Profile;

/** What a learner gives when they register themselves; the profile is optional throughout. */
public record Registration(
    String username,
    String password,
    String nameTh,
    String nameEn,
    Long libraryId,
    Profile profile,
    String language) {}
