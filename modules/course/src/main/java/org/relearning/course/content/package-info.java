/** The outline of a course: sections, lessons and their content blocks. */
package org.relearning.course.content;
