/** Courses: authoring, publishing, the catalog, and who may change what. */
package org.relearning.course;
