/** Authoring pages for instructors. */
package org.relearning.web.author;
