package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.relearning.course.CourseService;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.BankService;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.NumericType;

/**
 * A course's question bank belongs to its authors: a learner, and an instructor of another course
 * of the same library, are refused every way in, as the bank page's links and forms would try.
 */
@ExtendWith(ArquillianExtension.class)
class BankIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private BankService banks;

  @Test
  void onlyTheCoursesAuthorsUseItsBank() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long library = libraries.findByCode("UTT").orElseThrow().getId();
    Caller author = instructor("ba-" + suffix, library);
    Caller otherInstructor = instructor("bo-" + suffix, library);
    Caller learner =
        Caller.of(
            accounts.create(
                "bl-" + suffix, "pw-" + suffix, "ผู้เรียน", "Learner", Role.LEARNER, library));

    long courseId =
        callers.as(author, () -> courses.create(library, "คลัง " + suffix, null).getId());
    callers.as(otherInstructor, () -> courses.create(library, "อื่น " + suffix, null).getId());
    ImportedQuestion numeric =
        new ImportedQuestion(
            NumericType.ID,
            "",
            "๒ + ๒ เท่ากับเท่าไร",
            1,
            List.of(new ImportedChoice("4|0", true, "ถูกต้อง")),
            "");
    long[] ids =
        callers.as(
            author,
            () -> {
              QuestionBank bank = banks.courseBank(courseId);
              Category category = banks.addCategory(bank.getId(), "เลขคณิต " + suffix);
              Question q = banks.addQuestion(category.getId(), numeric, "เลข");
              return new long[] {bank.getId(), category.getId(), q.getId()};
            });
    long bankId = ids[0];
    long categoryId = ids[1];
    long questionId = ids[2];

    // the author sees their own work
    callers.as(
        author,
        () -> {
          assertEquals(1, banks.questions(categoryId).size());
          assertTrue(banks.usableBanks().stream().anyMatch(b -> b.getId() == bankId));
          assertTrue(banks.export(categoryId, BankService.Format.MOODLEXML).contains("4"));
          return null;
        });

    for (Caller stranger : List.of(learner, otherInstructor)) {
      String who = stranger == learner ? "learner" : "other course's instructor";
      callers.as(
          stranger,
          () -> {
            refused(who + " opens the course bank", () -> banks.courseBank(courseId));
            refused(who + " opens the bank by id", () -> banks.bank(bankId));
            refused(who + " lists categories", () -> banks.categories(bankId));
            refused(who + " adds a category", () -> banks.addCategory(bankId, "x"));
            refused(who + " renames it", () -> banks.renameCategory(categoryId, "x"));
            refused(who + " lists questions", () -> banks.questions(categoryId));
            refused(who + " reads a question", () -> banks.draftOf(questionId));
            refused(who + " adds a question", () -> banks.addQuestion(categoryId, numeric, ""));
            refused(who + " edits it", () -> banks.editQuestion(questionId, numeric, ""));
            refused(who + " retires it", () -> banks.retireQuestion(questionId));
            refused(
                who + " imports",
                () ->
                    banks.importInto(
                        categoryId,
                        BankService.Format.GIFT,
                        "คำถาม {=ก ~ข}".getBytes(StandardCharsets.UTF_8)));
            refused(who + " exports", () -> banks.export(categoryId, BankService.Format.GIFT));
            return null;
          });
    }
    callers.as(
        otherInstructor,
        () -> {
          assertTrue(
              banks.usableBanks().stream().noneMatch(b -> b.getId() == bankId),
              "another course's bank is not listed");
          return null;
        });

    // nothing the strangers tried changed the bank
    callers.as(
        author,
        () -> {
          List<Question> questions = banks.questions(categoryId);
          assertEquals(1, questions.size());
          assertEquals(1, questions.get(0).getRevision());
          assertEquals(
              1, banks.categories(bankId).stream().filter(c -> c.getId() == categoryId).count());
          assertEquals("เลขคณิต " + suffix, banks.usableCategory(categoryId).getName());
          return null;
        });
  }

  private Caller instructor(String username, long library) {
    return Caller.of(
        accounts.create(
            username, "pw-" + username, "ครู " + username, "Teacher", Role.INSTRUCTOR, library));
  }

  private static void refused(String what, Executable call) {
    BusinessException e = assertThrows(BusinessException.class, call, what);
    assertTrue(
        e instanceof NotFoundException || e instanceof AccessDeniedException,
        what + ": refused as not found or denied, not " + e.getClass().getSimpleName());
  }
}
