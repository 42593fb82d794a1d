package org.relearning.identity.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * A password link just issued: the token exists only here and in what the administrator is shown.
 * The page turns it into {@code /password.xhtml?token=…}.
 */
public record IssuedLink(long accountId, String username, String token, Instant expiresAt)
    implements Serializable {}
