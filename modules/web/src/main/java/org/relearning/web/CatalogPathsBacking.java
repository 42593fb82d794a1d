package org.relearning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumService;

/**
 * The career paths shown above the courses in the catalog, narrowed by the same text, career field
 * and library filters (a level belongs to a course, so a level filter shows courses only).
 */
@Named("catalogPaths")
@RequestScoped
public class CatalogPathsBacking {

  @EJB private CurriculumService curricula;
  @Inject private CatalogBacking catalog;

  private List<Curriculum> paths;

  public List<Curriculum> getPaths() {
    if (paths == null) {
      paths =
          isBlank(catalog.getLevel())
              ? curricula.catalog().stream().filter(this::matches).toList()
              : List.of();
    }
    return paths;
  }

  private boolean matches(Curriculum c) {
    String q = catalog.getQ();
    if (!isBlank(q)) {
      String needle = q.trim().toLowerCase(Locale.ROOT);
      boolean found =
          c.getTitle().toLowerCase(Locale.ROOT).contains(needle)
              || (c.getSummary() != null
                  && c.getSummary().toLowerCase(Locale.ROOT).contains(needle));
      if (!found) {
        return false;
      }
    }
    if (!isBlank(catalog.getCategory()) && !c.getCategory().name().equals(catalog.getCategory())) {
      return false;
    }
    String library = catalog.getLibrary();
    return isBlank(library) || String.valueOf(c.getLibraryId()).equals(library.trim());
  }

  public String libraryName(Curriculum c) {
    return catalog.libraryNameOf(c.getLibraryId());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
