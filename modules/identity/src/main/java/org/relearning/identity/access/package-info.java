/** Who is calling: the caller as services see them, and the identity store behind sign-in. */
package org.relearning.identity.access;
