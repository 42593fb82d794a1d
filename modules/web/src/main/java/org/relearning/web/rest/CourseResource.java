package org.relearning.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relearning.course.Course;
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
  public record LibraryRef(long id, String code, String nameTh, String nameEn) {
    static LibraryRef of(Library l) {
      return new LibraryRef(l.getId(), l.getCode(), l.getNameTh(), l.getNameEn());
    }
  }

  /** A course's outline: its sections and their lessons, in order. */
  public record Outline(
      long id, String title, String summary, LibraryRef library, List<SectionEntry> sections) {}

  /** A section with its lessons. */
  public record SectionEntry(long id, String title, List<LessonEntry> lessons) {}

  /** A lesson, by title. */
  public record LessonEntry(long id, String title) {}

  @GET
  @Operation(summary = "Published courses: id, title and library; q= searches titles and summaries")
  public List<CatalogEntry> catalog(@QueryParam("q") String q) {
    Map<Long, Library> byId =
        libraries.all().stream().collect(Collectors.toMap(Library::getId, Function.identity()));
    return courses.search(q).stream()
        .map(
            c -> {
              Library l = byId.get(c.getLibraryId());
              return new CatalogEntry(c.getId(), c.getTitle(), LibraryRef.of(l));
            })
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A published course's outline: sections and lessons")
  public Outline outline(@PathParam("id") long id) {
    Course c = courses.get(id);
    return new Outline(
        c.getId(),
        c.getTitle(),
        c.getSummary(),
        LibraryRef.of(libraries.get(c.getLibraryId())),
        c.getSections().stream()
            .map(
                s ->
                    new SectionEntry(
                        s.getId(),
                        s.getTitle(),
                        s.getLessons().stream()
                            .map(l -> new LessonEntry(l.getId(), l.getTitle()))
                            .toList()))
            .toList());
  }
}
