/** Learners imported from a library's CSV list: parsing, checking each row, the report. */
package org.relearning.identity.people.imports;
