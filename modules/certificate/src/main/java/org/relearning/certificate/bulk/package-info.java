/**
 * Issuing certificates by hand for a whole class at once, in the background, with a ZIP of them.
 */
package org.relearning.certificate.bulk;
