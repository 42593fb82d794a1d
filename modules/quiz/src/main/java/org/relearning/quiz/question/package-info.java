/** Questions and their options. */
package org.relearning.quiz.question;
