/** Business refusals that carry a bundle key instead of a sentence. */
package org.relearning.platform.error;
