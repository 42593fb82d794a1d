/** Quizzes: authoring, attempts saved as they go, and grading on the server. */
package org.relearning.quiz;
