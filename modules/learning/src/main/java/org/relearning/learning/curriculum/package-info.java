/**
 * Career paths (curricula): a library's ordered set of courses, some required and some elective,
 * that a learner follows as one road and completes by its own rule.
 */
package org.relearning.learning.curriculum;
