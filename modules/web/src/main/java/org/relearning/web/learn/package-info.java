/** Learner pages: my learning, the lesson player and quizzes. */
package org.relearning.web.learn;
