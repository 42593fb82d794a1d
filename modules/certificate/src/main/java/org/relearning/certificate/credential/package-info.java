/**
 * Certificates as Open Badges 3.0 credentials: signed with the issuer's ES256 key (VC-JWT), checked
 * against the published key set, so that a learner can carry one to any verifier.
 */
package org.relearning.certificate.credential;
