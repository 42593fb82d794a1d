package org.relearning.quiz;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.exchange.AikenReader;
import org.relearning.quiz.exchange.GiftReader;
import org.relearning.quiz.exchange.GiftWriter;
import org.relearning.quiz.exchange.ImportReport;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.MoodleXmlReader;
import org.relearning.quiz.exchange.MoodleXmlWriter;
import org.relearning.quiz.exchange.QuizProblem;
import org.relearning.quiz.exchange.Skipped;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionTypes;

/**
 * Question banks: a course's own, and a library's shared one; their categories and questions, and
 * importing and exporting them in the formats instructors already have.
 */
@Stateless
public class BankService {

  private static final Logger LOG = Logger.getLogger(BankService.class.getName());

  /** The exchange formats a category can be read from or written to. */
  public enum Format {
    GIFT,
    AIKEN,
    MOODLEXML;

    public static Optional<Format> parse(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @Inject private Callers callers;
  @Inject private QuizHost host;
  @EJB private AuditLog audit;
  @Inject private QuestionTypes types;

  // ---- banks

  /** The course's bank, made the first time it is needed. */
  public QuestionBank courseBank(long courseId) {
    Caller caller = callers.current();
    if (!host.mayAuthor(caller, courseId)) {
      throw new AccessDeniedException("bank.use");
    }
    return em.createNamedQuery("QuestionBank.ofCourse", QuestionBank.class)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              QuestionBank b =
                  new QuestionBank(host.libraryOf(courseId), courseId, host.courseTitle(courseId));
              em.persist(b);
              em.persist(new Category(b, host.courseTitle(courseId)));
              return b;
            });
  }

  /** The library's shared bank, made the first time it is needed. */
  public QuestionBank libraryBank(long libraryId) {
    Caller caller = callers.require(Role.INSTRUCTOR, "bank.use");
    if (!caller.isSystemAdmin() && !Long.valueOf(libraryId).equals(caller.libraryId())) {
      throw new AccessDeniedException("bank.use");
    }
    return em.createNamedQuery("QuestionBank.ofLibrary", QuestionBank.class)
        .setParameter("library", libraryId)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              QuestionBank b = new QuestionBank(libraryId, null, "");
              em.persist(b);
              em.persist(new Category(b, ""));
              return b;
            });
  }

  /** The banks the caller may use, their library's shared bank included once it exists. */
  public List<QuestionBank> usableBanks() {
    Caller caller = callers.require(Role.INSTRUCTOR, "bank.use");
    return em.createNamedQuery("QuestionBank.all", QuestionBank.class).getResultList().stream()
        .filter(b -> mayUse(caller, b))
        .toList();
  }

  public QuestionBank bank(long bankId) {
    QuestionBank bank = em.find(QuestionBank.class, bankId);
    if (bank == null || !mayUse(callers.current(), bank)) {
      throw new NotFoundException("bank", bankId);
    }
    return bank;
  }

  private boolean mayUse(Caller caller, QuestionBank bank) {
    if (bank.isShared()) {
      return caller.isSystemAdmin()
          || (caller.has(Role.INSTRUCTOR) && bank.getLibraryId().equals(caller.libraryId()));
    }
    return host.mayAuthor(caller, bank.getCourseId());
  }

  // ---- categories

  public List<Category> categories(long bankId) {
    bank(bankId);
    return em.createNamedQuery("Category.ofBank", Category.class)
        .setParameter("bank", bankId)
        .getResultList();
  }

  public Category addCategory(long bankId, String name) {
    return newCategory(bank(bankId), name);
  }

  /** A new category in the course's bank, for the questions written in a new quiz. */
  public Category newQuizCategory(long courseId, String quizTitle) {
    return newCategory(courseBank(courseId), quizTitle);
  }

  private Category newCategory(QuestionBank bank, String name) {
    String n = name == null ? "" : name.strip();
    if (n.length() > Category.NAME_MAX) {
      throw new BusinessException("category.name.invalid");
    }
    Category c = new Category(bank, n);
    em.persist(c);
    return c;
  }

  public void renameCategory(long categoryId, String name) {
    Category c = usableCategory(categoryId);
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > Category.NAME_MAX) {
      throw new BusinessException("category.name.invalid");
    }
    c.setName(n);
  }

  /** A category of a bank the caller may use. */
  public Category usableCategory(long categoryId) {
    Category c = em.find(Category.class, categoryId);
    if (c == null || !mayUse(callers.current(), c.getBank())) {
      throw new NotFoundException("category", categoryId);
    }
    return c;
  }

  // ---- questions

  public List<Question> questions(long categoryId) {
    usableCategory(categoryId);
    return em.createNamedQuery("Question.ofCategory", Question.class)
        .setParameter("category", categoryId)
        .getResultList();
  }

  /** A question of a bank the caller may use. */
  public Question usableQuestion(long questionId) {
    Question q = em.find(Question.class, questionId);
    if (q == null || q.isRetired() || q.getCategory() == null) {
      throw new NotFoundException("question", questionId);
    }
    usableCategory(q.getCategory().getId());
    return q;
  }

  /** Adds a question to the category, after its type has checked it. */
  public Question addQuestion(long categoryId, ImportedQuestion draft, String tags) {
    Category c = usableCategory(categoryId);
    requireUsable(draft);
    Question q = new Question(c, draft.type(), draft.text().strip(), draft.points());
    fill(q, draft, tags);
    em.persist(q);
    em.flush();
    return q;
  }

  /**
   * Changes a question as a new revision: attempts that asked the old one keep it, attempts started
   * from now ask the new one.
   */
  public Question editQuestion(long questionId, ImportedQuestion draft, String tags) {
    Question q = usableQuestion(questionId);
    if (!q.getType().equals(draft.type())) {
      throw new BusinessException("question.typeFixed");
    }
    requireUsable(draft);
    q.edit(
        draft.text().strip(),
        draft.points(),
        draft.name(),
        tags(tags),
        draft.generalFeedback(),
        draft.choices().stream()
            .map(c -> new Question.ChoiceEdit(c.text(), c.correct(), c.feedback()))
            .toList());
    em.flush();
    return q;
  }

  /**
   * Takes a question out of the bank: no new attempt draws or asks it; finished attempts keep it.
   * Quizzes that ask it as a fixed question are refused until it is taken out of them.
   */
  public void retireQuestion(long questionId) {
    Question q = usableQuestion(questionId);
    Long uses =
        em.createQuery("SELECT COUNT(s) FROM Slot s WHERE s.question.id = :q", Long.class)
            .setParameter("q", questionId)
            .getSingleResult();
    if (uses > 0) {
      throw new BusinessException("question.inUse", uses);
    }
    q.retire();
    audit.record(
        callers.current().username(),
        "quiz.questionRetired",
        "question:" + questionId,
        q.getCategory().getBank().getLibraryId(),
        label(draft(q)));
  }

  /** The question as an editor fills its form. */
  public ImportedQuestion draftOf(long questionId) {
    return draft(usableQuestion(questionId));
  }

  static ImportedQuestion draft(Question q) {
    return new ImportedQuestion(
        q.getType(),
        q.getName(),
        q.getText(),
        q.getPoints(),
        q.getChoices().stream()
            .map(c -> new ImportedChoice(c.getText(), c.isCorrect(), c.getFeedback()))
            .toList(),
        q.getGeneralFeedback());
  }

  private void fill(Question q, ImportedQuestion draft, String tags) {
    q.setName(draft.name().strip());
    q.setTags(tags(tags));
    q.setGeneralFeedback(draft.generalFeedback());
    for (ImportedChoice c : draft.choices()) {
      q.addChoice(c.text(), c.correct(), c.feedback());
    }
  }

  private static String tags(String tags) {
    String t = tags == null ? "" : tags.strip();
    if (t.length() > Question.TAGS_MAX) {
      throw new BusinessException("question.tags.tooLong", Question.TAGS_MAX);
    }
    return t;
  }

  private void requireUsable(ImportedQuestion draft) {
    if (draft.name().length() > Question.NAME_MAX
        || draft.generalFeedback().length() > Question.TEXT_MAX) {
      throw new BusinessException("import.quiz.invalidField", "", "name or feedback");
    }
    List<QuizProblem> problems = PortableQuizzes.problems(List.of(draft), types::find);
    if (!problems.isEmpty()) {
      QuizProblem first = problems.get(0);
      throw new BusinessException(first.reasonKey(), first.detail());
    }
  }

  // ---- import and export

  /** What an import into a category did: how many questions it added, and what it skipped. */
  public record ImportResult(int imported, List<Skipped> skipped) {}

  /**
   * Reads the file and adds every question that its type accepts to the category; the others are
   * reported with their line (GIFT, Aiken) or name (Moodle XML) and why.
   */
  public ImportResult importInto(long categoryId, Format format, byte[] file) {
    Category c = usableCategory(categoryId);
    ImportReport report =
        switch (format) {
          case GIFT -> GiftReader.read(new ByteArrayInputStream(file));
          case AIKEN -> AikenReader.read(new ByteArrayInputStream(file));
          case MOODLEXML -> MoodleXmlReader.read(new ByteArrayInputStream(file));
        };
    List<Skipped> skipped = new ArrayList<>(report.skipped());
    int added = 0;
    for (ImportedQuestion q : report.imported()) {
      List<QuizProblem> problems = PortableQuizzes.problems(List.of(q), types::find);
      if (!problems.isEmpty()) {
        skipped.add(
            new Skipped(0, label(q), problems.get(0).reasonKey(), problems.get(0).detail()));
        continue;
      }
      Question question = new Question(c, q.type(), q.text().strip(), q.points());
      fill(question, q, "");
      em.persist(question);
      // one at a time, so the ids, and with them the bank's order, follow the file's order
      em.flush();
      added++;
    }
    em.flush();
    audit.record(
        callers.current().username(),
        "quiz.questionsImported",
        "category:" + categoryId,
        c.getBank().getLibraryId(),
        format + ": " + added + " imported, " + skipped.size() + " skipped");
    int count = added;
    LOG.info(
        () ->
            String.format(
                "%d questions imported into category %d as %s, %d skipped",
                count, categoryId, format, skipped.size()));
    return new ImportResult(added, skipped);
  }

  private static String label(ImportedQuestion q) {
    if (!q.name().isBlank()) {
      return q.name();
    }
    return q.text().length() > 60 ? q.text().substring(0, 60) + "\u2026" : q.text();
  }

  /** The category's questions in the format; a type the format cannot express is left out. */
  public String export(long categoryId, Format format) {
    List<ImportedQuestion> drafts = questions(categoryId).stream().map(BankService::draft).toList();
    return switch (format) {
      case GIFT ->
          GiftWriter.write(drafts.stream().filter(d -> GiftWriter.canWrite(d.type())).toList());
      case MOODLEXML -> MoodleXmlWriter.write(drafts);
      case AIKEN -> throw new BusinessException("export.format.unsupported", format.name());
    };
  }
}
