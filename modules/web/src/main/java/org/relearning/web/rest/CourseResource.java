package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.course.CatalogFilter;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.course.exchange.CourseArchive;
import org.relearning.course.exchange.CourseArchiveReader;
import org.relearning.course.exchange.CourseArchiveWriter;
import org.relearning.course.exchange.ImportResult;
import org.relearning.course.exchange.Problem;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.CourseTransfer;
import org.relearning.platform.error.BusinessException;

/** The catalog of published courses. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

  @EJB private CourseService courses;
  @EJB private LibraryService libraries;
  @EJB private AccountService accounts;
  @EJB private CourseTransfer transfer;

  /** A course in the catalog, with what a learner chooses it by. */
  @JsonbPropertyOrder({"id", "library", "title"})
  public record CatalogEntry(
      long id,
      String title,
      LibraryRef library,
      String summary,
      CourseCategory category,
      CourseLevel level,
      BigDecimal estimatedHours,
      String language,
      List<String> tags,
      long libraryId,
      List<InstructorRef> instructors) {}

  /** Someone who teaches the course, named in both languages (usernames stay private). */
  public record InstructorRef(String nameTh, String nameEn) {
    static InstructorRef of(Account a) {
      return new InstructorRef(a.getNameTh(), a.getNameEn());
    }
  }

  /** A library, named in both languages. */
  public record LibraryRef(long id, String code, String nameTh, String nameEn) {
    static LibraryRef of(Library l) {
      return new LibraryRef(l.getId(), l.getCode(), l.getNameTh(), l.getNameEn());
    }
  }

  /** A course's details and outline: its sections and their lessons, in order. */
  public record Outline(
      long id,
      String title,
      String summary,
      LibraryRef library,
      List<SectionEntry> sections,
      CourseCategory category,
      CourseLevel level,
      BigDecimal estimatedHours,
      String language,
      List<String> tags,
      long libraryId,
      List<InstructorRef> instructors) {}

  /** A section with its lessons. */
  public record SectionEntry(long id, String title, List<LessonEntry> lessons) {}

  /** A lesson, by title. */
  public record LessonEntry(long id, String title) {}

  @GET
  @Operation(
      summary =
          "Published courses with their details (category, level, estimatedHours, language, tags,"
              + " library, instructors); the filters combine")
  public List<CatalogEntry> catalog(
      @Parameter(description = "text in the title, summary or a tag (substring, Thai too)")
          @QueryParam("q")
          String q,
      @Parameter(description = "a category name, e.g. FOOD_DESSERTS") @QueryParam("category")
          String category,
      @Parameter(description = "a library id") @QueryParam("library") String library,
      @Parameter(description = "BEGINNER, INTERMEDIATE or ADVANCED") @QueryParam("level")
          String level) {
    CatalogFilter filter =
        new CatalogFilter(
            q,
            named(CourseCategory.class, category),
            libraryId(library),
            named(CourseLevel.class, level));
    List<Course> found = courses.catalog(filter);
    Map<Long, Library> byId =
        libraries.all().stream().collect(Collectors.toMap(Library::getId, Function.identity()));
    Map<Long, Account> people = instructorsOf(found);
    return found.stream()
        .map(
            c ->
                new CatalogEntry(
                    c.getId(),
                    c.getTitle(),
                    LibraryRef.of(byId.get(c.getLibraryId())),
                    c.getSummary(),
                    c.getCategory(),
                    c.getLevel(),
                    c.getEstimatedHours(),
                    c.getLanguage(),
                    c.getTags(),
                    c.getLibraryId(),
                    instructorRefs(c, people)))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A published course's details and outline: sections and lessons")
  public Outline outline(@PathParam("id") long id) {
    Course c = courses.get(id);
    return new Outline(
        c.getId(),
        c.getTitle(),
        c.getSummary(),
        LibraryRef.of(libraries.get(c.getLibraryId())),
        courses.outline(id).getSections().stream()
            .map(
                s ->
                    new SectionEntry(
                        s.getId(),
                        s.getTitle(),
                        s.getLessons().stream()
                            .map(l -> new LessonEntry(l.getId(), l.getTitle()))
                            .toList()))
            .toList(),
        c.getCategory(),
        c.getLevel(),
        c.getEstimatedHours(),
        c.getLanguage(),
        c.getTags(),
        c.getLibraryId(),
        instructorRefs(c, instructorsOf(List.of(c))));
  }

  /** Every instructor of these courses, read in one query. */
  private Map<Long, Account> instructorsOf(List<Course> found) {
    Set<Long> ids = new LinkedHashSet<>();
    found.forEach(c -> ids.addAll(c.instructorIds()));
    return accounts.byIds(ids).stream()
        .collect(Collectors.toMap(Account::getId, Function.identity()));
  }

  private static List<InstructorRef> instructorRefs(Course c, Map<Long, Account> people) {
    return c.instructorIds().stream()
        .map(people::get)
        .filter(Objects::nonNull)
        .map(InstructorRef::of)
        .toList();
  }

  /** A filter value that names nothing is the caller's mistake: 400, not an empty list. */
  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name.trim())) {
        return constant;
      }
    }
    throw new BusinessException("catalog.filter.invalid", name);
  }

  private static Long libraryId(String library) {
    if (library == null || library.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(library.trim());
    } catch (NumberFormatException e) {
      throw new BusinessException("catalog.filter.invalid", library);
    }
  }

  @GET
  @Path("{id}/export")
  @Produces("application/zip")
  @SecurityRequirement(name = "basic")
  @Operation(
      summary =
          "A course as one zip (manifest.json, media and a quizzes/<n>.json for each quiz placed in"
              + " it), for those who may edit it")
  public Response export(@PathParam("id") long id) {
    CourseArchive archive = transfer.exportArchive(id);
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
          "Creates a draft course, with new copies of its quizzes, from an exported zip in the given"
              + " library: {courseId, problems}, or 400 with {problems} naming where and why")
  public Response importArchive(@QueryParam("library") long libraryId, InputStream zip) {
    courses.checkMayImportInto(libraryId);
    ImportResult result = new CourseArchiveReader().read(zip);
    if (result.refused()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("problems", result.problems()))
          .build();
    }
    CourseTransfer.Imported imported = transfer.importArchive(libraryId, result.archive());
    List<Problem> problems = new ArrayList<>(result.problems());
    problems.addAll(imported.problems());
    if (imported.refused()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("problems", problems))
          .build();
    }
    return Response.ok(Map.of("courseId", imported.course().getId(), "problems", problems))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @POST
  @Path("{id}/adopt")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary =
          "Adopts another library's published course into the given library as a new draft (its"
              + " latest published version, media and new copies of its quizzes): {courseId,"
              + " problems}; 404 for a course not in the catalog, 403 for a library the caller may"
              + " not create courses in")
  public Response adopt(@PathParam("id") long id, @QueryParam("library") long libraryId) {
    CourseTransfer.Imported adopted = transfer.adopt(id, libraryId);
    if (adopted.refused()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("problems", adopted.problems()))
          .build();
    }
    return Response.ok(Map.of("courseId", adopted.course().getId(), "problems", adopted.problems()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
