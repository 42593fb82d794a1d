/** Lesson content block types as CDI plugins. */
package org.relearning.course.block;
