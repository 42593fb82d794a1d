/**
 * The thin journey through the whole application in a phone-sized Chromium: an instructor builds a
 * course, a learner completes it and gets a certificate, anyone verifies it, a librarian revokes
 * it. One page object per page; {@link org.relearning.web.journey.Browser} owns the driver, the
 * waits and the screenshots.
 */
package org.relearning.web.journey;
