/** Question types as CDI plugins: validation and grading. */
package org.relearning.quiz.type;
