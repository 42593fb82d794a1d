/** Allow-list cleaning of author-written HTML. */
package org.relearning.platform.html;
