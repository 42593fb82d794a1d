package org.relearning.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.relearning.identity.access.ReportScope;

/**
 * What the impact reports say about courses: title and career field, for the courses their figures
 * name. Only report readers may ask ({@link ReportScope}); the figures themselves are already
 * narrowed to the reader's library.
 */
@Stateless
public class CoursesForReports {

  /** A course as a report row names it. */
  public record CourseFact(long id, long libraryId, String title, CourseCategory category) {}

  @PersistenceContext(unitName = "course")
  private EntityManager em;

  @Inject private ReportScope scope;

  public List<CourseFact> courses(Collection<Long> ids) {
    scope.libraryFor(null); // refuses anyone who reads no reports
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT c.id, c.libraryId, c.title, c.category FROM Course c WHERE c.id IN :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(r -> new CourseFact((Long) r[0], (Long) r[1], (String) r[2], (CourseCategory) r[3]))
        .toList();
  }
}
