package org.relearning.course;

/**
 * What a learner narrows the catalog by; every part is optional and they combine. {@code text}
 * matches titles, summaries and tags by substring.
 */
public record CatalogFilter(
    String text, CourseCategory category, Long libraryId, CourseLevel level) {

  public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null);

  public static CatalogFilter text(String text) {
    return new CatalogFilter(text, null, null, null);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
