package org.relearning.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.block.QuizBlock;
import org.relearning.course.exchange.CourseArchive;
import org.relearning.course.exchange.CourseArchives;
import org.relearning.course.exchange.Problem;
import org.relearning.course.exchange.QuizFile;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizJson;
import org.relearning.quiz.exchange.QuizProblem;

/**
 * A course travels with its quizzes: exported as one archive holding a quiz file for each quiz
 * placed in it, imported as a new draft with a new quiz for each, placed where the old one was.
 * Courses and quizzes are separate modules; this is where the two meet.
 */
@Stateless
public class CourseTransfer {

  private static final Logger LOG = Logger.getLogger(CourseTransfer.class.getName());

  @EJB private CourseService courses;
  @EJB private QuizService quizzes;

  /** What an import gave: the new course, or none when refused, and the problems found. */
  public record Imported(Course course, List<Problem> problems) {

    public Imported {
      problems = List.copyOf(problems);
    }

    public boolean refused() {
      return course == null;
    }
  }

  /**
   * A new draft copy of a course in the same library, owned by the caller: outline, blocks, media,
   * details, rules, and new quizzes of its own, as an export followed by an import would make it.
   * Its history starts afresh; co-instructors and learners are not copied.
   */
  public Imported duplicate(long courseId, String title) {
    Course original = courses.getForEditing(courseId);
    String name = title == null || title.isBlank() ? original.getTitle() : title.strip();
    if (name.length() > Course.TITLE_MAX) {
      name = name.substring(0, Course.TITLE_MAX);
    }
    return importArchive(original.getLibraryId(), exportArchive(courseId).withTitle(name));
  }

  /**
   * The course as an archive, for those who may author it and its quizzes: {@code quizzes/1.json}
   * for the first quiz placed in the outline, and so on. A block whose quiz no longer exists keeps
   * its reference without a file, and an import reports it as not copied.
   */
  public CourseArchive exportArchive(long courseId) {
    return withQuizFiles(courses.exportArchive(courseId), quizzes::exportQuestions);
  }

  /**
   * Another library's published course, copied into {@code intoLibraryId} as a new draft owned by
   * the caller: the latest published version (never unpublished edits), its details, media and new
   * quizzes of its own, as an export and import would carry them. Its history names the course it
   * was adopted from; learners, co-instructors and the original's history stay behind. The library
   * reviews the draft and publishes it as its own.
   */
  public Imported adopt(long courseId, long intoLibraryId) {
    CourseArchive archive =
        withQuizFiles(
            courses.publishedArchive(courseId, intoLibraryId), quizzes::exportForAdoption);
    Imported copy = importArchive(intoLibraryId, archive, courseId);
    if (!copy.refused()) {
      LOG.info(
          () ->
              "Course "
                  + courseId
                  + " adopted into library "
                  + intoLibraryId
                  + " as course "
                  + copy.course().getId());
    }
    return copy;
  }

  /**
   * The archive with a quiz file for each quiz its outline places: {@code quizzes/1.json} for the
   * first, and so on. A block whose quiz no longer exists keeps its reference without a file.
   */
  private CourseArchive withQuizFiles(CourseArchive archive, Function<Long, PortableQuiz> export) {
    List<QuizFile> files = new ArrayList<>();
    for (String ref : placedQuizzes(archive)) {
      Optional<Long> quizId =
          CourseArchives.quizId(ref).filter(id -> quizzes.findQuiz(id).isPresent());
      if (quizId.isPresent()) {
        String path = CourseArchive.QUIZ_DIR + (files.size() + 1) + ".json";
        files.add(new QuizFile(ref, path, QuizJson.write(export.apply(quizId.get()))));
      }
    }
    return archive.withQuizzes(files);
  }

  /**
   * A new draft course in the library from an archive the reader accepted, with a new quiz of the
   * new course for each quiz file it carries. Every quiz file is read and checked before anything
   * is created: a problem in any of them refuses the whole import, named by file and question
   * ({@code quizzes/1.json question 3}), so that no quiz arrives with some of its questions. A quiz
   * block whose file the archive lacks is left out and reported, as before archives carried
   * quizzes.
   */
  public Imported importArchive(long libraryId, CourseArchive archive) {
    return importArchive(libraryId, archive, null);
  }

  private Imported importArchive(long libraryId, CourseArchive archive, Long adoptedFrom) {
    courses.checkMayImportInto(libraryId);
    Map<String, PortableQuiz> readable = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String ref : placedQuizzes(archive)) {
      Optional<QuizFile> file = archive.quizFile(ref);
      if (file.isEmpty()) {
        continue;
      }
      QuizJson.Read read = QuizJson.read(file.get().bytes());
      List<QuizProblem> found = read.refused() ? read.problems() : quizzes.check(read.quiz());
      for (QuizProblem p : found) {
        String where = file.get().path() + (p.where().isEmpty() ? "" : " " + p.where());
        problems.add(new Problem(where, p.reasonKey(), p.detail()));
      }
      if (found.isEmpty()) {
        readable.put(ref, read.quiz());
      }
    }
    if (!problems.isEmpty()) {
      LOG.info(() -> "Course import refused: " + problems.size() + " problems in its quiz files");
      return new Imported(null, problems);
    }
    Map<String, Long> copies = new HashMap<>();
    CourseService.ImportedCourse imported =
        courses.importArchive(
            libraryId,
            archive,
            (courseId, ref) ->
                Optional.ofNullable(readable.get(ref))
                    .map(
                        quiz ->
                            copies.computeIfAbsent(
                                ref, r -> quizzes.createFrom(courseId, quiz).getId())),
            adoptedFrom);
    LOG.info(
        () ->
            "Course "
                + imported.course().getId()
                + " imported with "
                + copies.size()
                + " quizzes into library "
                + libraryId);
    return new Imported(imported.course(), imported.warnings());
  }

  /**
   * The quiz references of the outline's quiz blocks, each once, in the order learners meet them.
   */
  private static Set<String> placedQuizzes(CourseArchive archive) {
    Set<String> refs = new LinkedHashSet<>();
    for (CourseArchive.SectionData section : archive.sections()) {
      for (CourseArchive.LessonData lesson : section.lessons()) {
        for (CourseArchive.BlockData block : lesson.blocks()) {
          if (QuizBlock.ID.equals(block.type()) && block.quizRef() != null) {
            refs.add(block.quizRef());
          }
        }
      }
    }
    return refs;
  }
}
