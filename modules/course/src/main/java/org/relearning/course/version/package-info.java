/**
 * Published versions of a course: what learners read. Publishing freezes the author's working copy
 * into an immutable {@link org.relearning.course.version.CourseVersion}; later edits change only
 * the working copy, so a learner part-way through a version is never broken by them.
 */
package org.relearning.course.version;
