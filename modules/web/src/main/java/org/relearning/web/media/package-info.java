/**
 * Serving course media to browsers ({@code /media/{id}/{name}}) with range requests, and the links
 * lesson pages use for it.
 */
package org.relearning.web.media;
