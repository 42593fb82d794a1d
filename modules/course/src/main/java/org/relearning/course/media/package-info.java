/**
 * Pictures, videos and files that lessons show: checked by their content (never by their name),
 * kept where every node of a cluster sees them (the database, or a shared folder) and read back in
 * pieces, so a video never has to fit in memory.
 */
package org.relearning.course.media;
