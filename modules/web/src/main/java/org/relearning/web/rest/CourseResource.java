package org.relearning.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relearning.course.CourseService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;

/** The catalog of published courses. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

  @Inject private CourseService courses;
  @Inject private LibraryService libraries;

  /** A course in the catalog. */
  public record CatalogEntry(long id, String title, LibraryRef library) {}

  /** A library, named in both languages. */
  public record LibraryRef(long id, String code, String nameTh, String nameEn) {}

  @GET
  @Operation(summary = "Published courses: id, title and library")
  public List<CatalogEntry> catalog() {
    Map<Long, Library> byId =
        libraries.all().stream().collect(Collectors.toMap(Library::getId, Function.identity()));
    return courses.catalog().stream()
        .map(
            c -> {
              Library l = byId.get(c.getLibraryId());
              return new CatalogEntry(
                  c.getId(),
                  c.getTitle(),
                  new LibraryRef(l.getId(), l.getCode(), l.getNameTh(), l.getNameEn()));
            })
        .toList();
  }
}
