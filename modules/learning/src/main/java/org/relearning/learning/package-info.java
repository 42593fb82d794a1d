/** Enrolment, progress through lessons, and completion, driven by events. */
package org.relearning.learning;
