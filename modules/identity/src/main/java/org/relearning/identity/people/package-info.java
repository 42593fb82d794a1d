/**
 * Administering people: self-registration of learners, instructors invited by their library, roles,
 * deactivation, one-time password links and learners imported from CSV. Every operation checks who
 * asks ({@link org.relearning.identity.people.RoleGrants}).
 */
package org.relearning.identity.people;
