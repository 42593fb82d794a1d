/** Attempts and the answers saved in them. */
package org.relearning.quiz.attempt;
