package org.relearning.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.exchange.CourseArchive;
import org.relearning.course.exchange.CourseArchiveReader;
import org.relearning.course.exchange.CourseArchiveWriter;
import org.relearning.course.exchange.ImportResult;
import org.relearning.course.exchange.Problem;
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

  @GET
  @Path("{id}/export")
  @Produces("application/zip")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "A course as one zip (manifest.json and media), for those who may edit it")
  public Response export(@PathParam("id") long id) {
    CourseArchive archive = courses.exportArchive(id);
    StreamingOutput zip = out -> new CourseArchiveWriter().write(archive, out);
    return Response.ok(zip)
        .header("Content-Disposition", "attachment; filename=\"course-" + id + ".zip\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary =
          "Creates a draft course from an exported zip in the given library: {courseId, problems},"
              + " or 400 with {problems} naming where and why")
  public Response importArchive(@QueryParam("library") long libraryId, InputStream zip) {
    courses.checkMayImportInto(libraryId);
    ImportResult result = new CourseArchiveReader().read(zip);
    if (result.refused()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("problems", result.problems()))
          .build();
    }
    CourseService.ImportedCourse imported = courses.importArchive(libraryId, result.archive());
    List<Problem> problems = new ArrayList<>(result.problems());
    problems.addAll(imported.warnings());
    return Response.ok(Map.of("courseId", imported.course().getId(), "problems", problems))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
