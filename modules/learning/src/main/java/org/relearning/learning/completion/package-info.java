/**
 * Completion rules, as plugins: each says what a learner still lacks before a course completes. A
 * new rule is one CDI bean implementing {@link org.relearning.learning.completion.CompletionRule};
 * the course completes, once, when no rule that applies to it reports anything missing.
 */
package org.relearning.learning.completion;
