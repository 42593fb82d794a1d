package org.relearning.course;

/**
 * The career field a course prepares for, as learners browse the catalog. Labels are in the web
 * bundles as {@code course.category.<NAME>}; the names are stored, so never rename one.
 */
public enum CourseCategory {
  FOOD_DESSERTS,
  CRAFTS,
  PRODUCT_DESIGN,
  SELLING_ONLINE,
  DIGITAL_SKILLS,
  AGRICULTURE,
  HEALTH_CARE,
  LANGUAGES,
  BUSINESS_MONEY,
  OTHER;

  /** The longest stored name, for the column. */
  public static final int NAME_MAX = 30;
}
