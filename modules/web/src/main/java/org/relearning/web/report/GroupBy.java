package org.relearning.web.report;

/** What the rows of a report are: one row per library, course, career field, and so on. */
public enum GroupBy {
  LIBRARY,
  COURSE,
  CATEGORY,
  AGE_GROUP,
  OCCUPATION,
  MONTH
}
