/**
 * Impact reports for the funder and the libraries: enrolments, completions, completion rate,
 * certificates issued, average quiz score and active learners, grouped by library, course, career
 * field, age group, occupation or month, as the page shows them and as CSV and XLSX files with the
 * same numbers. Figures are read through each owning module's read query; access is checked there
 * and here.
 */
package org.relearning.web.report;
