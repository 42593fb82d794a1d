package org.relearning.web.journey;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.learning.LearningService;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.EssayType;

/**
 * Grading by hand in a real browser on a phone-sized screen: the demo instructor finds an essay
 * waiting, grades it with a comment and the queue empties; the quiz's results then show the
 * attempt, its statistics, and the spreadsheet downloads in the same session.
 *
 * <p>The learner's page takes choice answers only, so the essay attempt is made inside the server
 * first; the browser part runs as a client and finds that course through the public catalog API.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradingJourneyIT {

  /** The start of the course's title, which the browser part searches the catalog for. */
  static final String TITLE = "ตรวจเรียงความ";

  static final String LEARNER = "วันดี ตั้งใจเรียน";
  static final String ESSAY = "ขั้นแรก ผสมแป้งกับกะทิ\nขั้นต่อไป นึ่งทีละชั้น";
  static final String QUESTION = "ขนมชั้นมีกี่ชั้น";

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private QuizService quizzes;
  @Inject private LearningService learning;

  /** In the server: a published course of the demo instructor with an essay waiting for them. */
  @Test
  @Order(1)
  void anEssayAttemptWaits() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller instructor = Caller.of(accounts.findByUsername("instructor").orElseThrow());
    long[] ids = new long[3];
    callers.as(
        instructor,
        () -> {
          Course course = courses.create(library, TITLE + " " + suffix, "ทดลองตรวจเรียงความ");
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          Lesson lesson = courses.addLesson(section.getId(), "แบบทดสอบ");
          Quiz quiz = quizzes.create(course.getId(), "เรียงความขนมชั้น " + suffix, 50);
          courses.placeQuiz(lesson.getId(), quiz.getId());
          Question q = quizzes.addSingleChoice(quiz.getId(), QUESTION, List.of("7", "9"), 1);
          ids[2] = q.getChoices().stream().filter(Choice::isCorrect).findFirst().get().getId();
          quizzes.importQuestions(
              quiz.getId(),
              List.of(
                  new ImportedQuestion(
                      EssayType.ID, "", "เล่าวิธีทำขนมชั้นให้สวย", 2, List.of(), "")));
          courses.publish(course.getId());
          ids[0] = course.getId();
          ids[1] = quiz.getId();
          return null;
        });
    Caller learner =
        Caller.of(
            accounts.create(
                "gj-" + suffix, "pw-" + suffix, LEARNER, "Wandee", Role.LEARNER, library));
    Attempt attempt =
        callers.as(
            learner,
            () -> {
              learning.enrol(ids[0]);
              Attempt a = quizzes.start(ids[1]);
              for (LearnerQuestion q : quizzes.paper(a.getId())) {
                quizzes.saveAnswer(
                    a.getId(),
                    q.id(),
                    EssayType.ID.equals(q.type()) ? ESSAY : String.valueOf(ids[2]));
              }
              return quizzes.submit(a.getId());
            });
    if (!attempt.isAwaitingGrading()) {
      throw new AssertionError("the essay should wait for the instructor");
    }
  }

  /** In a browser: the instructor grades the essay and looks at the results. */
  @Test
  @Order(2)
  @RunAsClient
  void theInstructorGradesTheEssayAndReadsTheResults(@ArquillianResource URL base)
      throws Exception {
    GradingJourney.walk(base);
  }
}
