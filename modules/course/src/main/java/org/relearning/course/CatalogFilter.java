package org.relearning.course;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner narrows the catalog by; every part is optional and they combine. {@code text}
 * matches titles, summaries and tags by substring: Thai writes no spaces between words, so a
 * word-based search would miss.
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

  /** Published courses that pass every part that is set, newest first. */
  TypedQuery<Course> query(EntityManager em) {
    StringBuilder jpql = new StringBuilder("SELECT c FROM Course c WHERE c.status = :status");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("status", CourseStatus.PUBLISHED);
    if (category != null) {
      jpql.append(" AND c.category = :category");
      parameters.put("category", category);
    }
    if (libraryId != null) {
      jpql.append(" AND c.libraryId = :library");
      parameters.put("library", libraryId);
    }
    if (level != null) {
      jpql.append(" AND c.level = :level");
      parameters.put("level", level);
    }
    if (hasText()) {
      // tags are stored lower-cased by CourseTags, so they need no LOWER
      jpql.append(
          " AND (LOWER(c.title) LIKE :q ESCAPE '\\' OR LOWER(c.summary) LIKE :q ESCAPE '\\'"
              + " OR c.id IN (SELECT t.id FROM Course t JOIN t.tags g"
              + " WHERE g LIKE :q ESCAPE '\\'))");
      parameters.put(
          "q", "%" + CourseService.likeEscaped(text.trim().toLowerCase(Locale.ROOT)) + "%");
    }
    jpql.append(" ORDER BY c.publishedAt DESC, c.id");
    TypedQuery<Course> query = em.createQuery(jpql.toString(), Course.class);
    parameters.forEach(query::setParameter);
    return query;
  }
}
