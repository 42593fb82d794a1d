package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.course.CourseCategory;
import org.relearning.identity.access.Callers;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumCourse;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.learning.curriculum.PathProgress;
import org.relearning.web.rest.CourseResource.LibraryRef;

/** Career paths: published curricula and, for a signed-in learner, how far along they are. */
@Path("curricula")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

  @EJB private CurriculumService curricula;
  @EJB private LibraryService libraries;
  @Inject private Callers callers;

  /** A path in the catalog. */
  @JsonbPropertyOrder({"id", "title", "library", "courses"})
  public record PathEntry(long id, String title, LibraryRef library, List<PathCourse> courses) {}

  /** A course on a path, in the path's order; {@code state} only for a signed-in learner. */
  @JsonbPropertyOrder({"id", "title", "required", "state"})
  public record PathCourse(long id, String title, boolean required, PathProgress.State state) {}

  /** A path with what it asks of a learner, and the caller's progress when they are signed in. */
  @JsonbPropertyOrder({"id", "title", "library", "summary", "category", "targetLearners"})
  public record PathDetail(
      long id,
      String title,
      LibraryRef library,
      String summary,
      CourseCategory category,
      String targetLearners,
      int electiveCount,
      boolean recommendedOrder,
      List<PathCourse> courses,
      Progress progress) {}

  /** The calling learner along the path. */
  public record Progress(
      boolean enrolled,
      boolean completed,
      long coursesDone,
      List<Long> requiredLeft,
      int electivesLeft,
      Long nextCourseId) {}

  @GET
  @Operation(summary = "Published career paths: id, title, library and courses in order")
  public List<PathEntry> catalog() {
    Map<Long, Library> byId =
        libraries.all().stream().collect(Collectors.toMap(Library::getId, Function.identity()));
    return curricula.catalog().stream()
        .map(
            c ->
                new PathEntry(
                    c.getId(),
                    c.getTitle(),
                    LibraryRef.of(byId.get(c.getLibraryId())),
                    courses(curricula.myProgress(c.getId()), false)))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A published career path: its courses (required or elective), the elective count and,"
              + " for a signed-in caller (HTTP Basic), their progress")
  public PathDetail path(@PathParam("id") long id) {
    Curriculum c = curricula.get(id);
    PathProgress p = curricula.myProgress(id);
    boolean signedIn = callers.find().isPresent();
    Progress progress =
        signedIn
            ? new Progress(
                p.enrolled(),
                p.completed(),
                p.doneCount(),
                p.requiredLeft().stream().map(PathProgress.Step::courseId).toList(),
                p.electivesLeft(),
                p.next() == null ? null : p.next().courseId())
            : null;
    return new PathDetail(
        c.getId(),
        c.getTitle(),
        LibraryRef.of(libraries.get(c.getLibraryId())),
        c.getSummary(),
        c.getCategory(),
        c.getTargetLearners(),
        c.electivesNeeded(),
        c.isOrderRecommended(),
        courses(p, signedIn),
        progress);
  }

  @POST
  @Path("{id}/adopt")
  @SecurityRequirement(name = "basic")
  @Operation(
      summary =
          "Adopts another library's published career path into the given library as a new draft,"
              + " adopting each of its courses as POST /courses/{id}/adopt does: {curriculumId,"
              + " courseIds, problems}; 404 for a path not in the catalog, 403 for a library the"
              + " caller may not author in, 400 naming a course that cannot be adopted")
  public Response adopt(@PathParam("id") long id, @QueryParam("library") long libraryId) {
    CurriculumService.AdoptedPath adopted = curricula.adopt(id, libraryId);
    Curriculum copy = adopted.curriculum();
    return Response.ok(
            Map.of(
                "curriculumId",
                copy.getId(),
                "courseIds",
                copy.getCourses().stream().map(CurriculumCourse::getCourseId).toList(),
                "problems",
                adopted.problems()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  private static List<PathCourse> courses(PathProgress p, boolean withState) {
    return p.steps().stream()
        .map(
            s ->
                new PathCourse(s.courseId(), s.title(), s.required(), withState ? s.state() : null))
        .toList();
  }
}
