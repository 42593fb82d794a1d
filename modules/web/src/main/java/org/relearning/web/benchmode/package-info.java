/**
 * Bench mode: measuring points for the load benchmarks ({@code deployment/bench.sh}). Everything
 * here answers only when the bench fixture is asked for ({@code RELEARN_BENCH_LEARNERS}); otherwise
 * {@code /bench/*} is 404 and the SQL counter stays out of the persistence units.
 */
package org.relearning.web.benchmode;
