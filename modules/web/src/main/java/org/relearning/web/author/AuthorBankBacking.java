package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.relearning.identity.access.Callers;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.BankService;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.exchange.Skipped;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.QuestionTypes;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/**
 * A question bank: its categories, the selected category's questions, the editor of one question (a
 * Facelets fragment per question type), and importing and exporting a category. {@code ?course=ID}
 * opens the course's bank, {@code ?bank=ID} any bank the author may use; {@code category}, {@code
 * edit} (a question id) and {@code new} (a type id) say what is shown; with {@code quiz}, a new
 * question is also added to that quiz, and the page returns to it.
 */
@Named("authorBank")
@ViewScoped
public class AuthorBankBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file an import reads; the readers refuse larger ones with their own message. */
  private static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

  @Inject private BankService banks;
  @Inject private QuizService quizzes;
  @Inject private QuestionTypes types;
  @Inject private Language language;
  @Inject private Callers callers;

  private Long courseId;
  private Long bankId;
  private Long categoryId;
  private Long editId;
  private String newType;
  private Long quizId;
  private String filter;
  private boolean shared;

  private String bankTitle;
  private Long bankCourseId;
  private String categoryName;
  private String newCategoryName;
  private QuestionForm form;
  private String editorError;
  private int editRevision;

  private String importFormat = BankService.Format.GIFT.name();
  private transient Part importFile;
  private Integer imported;
  // transient: Skipped is not Serializable; after a move to another node the report of the last
  // import shows no skipped questions
  private transient List<Skipped> skipped = List.of();

  private transient List<Category> categories;
  private transient List<Question> questions;

  public void load() {
    QuestionBank bank;
    if (courseId != null) {
      bank = banks.courseBank(courseId);
    } else if (shared) {
      Long library = callers.current().libraryId();
      if (library == null) {
        throw new NotFoundException("bank", "shared");
      }
      bank = banks.libraryBank(library);
    } else if (bankId != null) {
      bank = banks.bank(bankId);
    } else {
      throw new NotFoundException("bank", "");
    }
    bankId = bank.getId();
    bankCourseId = bank.getCourseId();
    bankTitle = bankLabel(bank);
    List<Category> all = getCategories();
    if (categoryId == null) {
      categoryId = all.isEmpty() ? null : all.get(0).getId();
    } else if (all.stream().noneMatch(c -> c.getId().equals(categoryId))) {
      throw new NotFoundException("category", categoryId);
    }
    categoryName =
        all.stream()
            .filter(c -> c.getId().equals(categoryId))
            .map(Category::getName)
            .findFirst()
            .orElse("");
    if (editId != null) {
      Question q = banks.usableQuestion(editId);
      if (!q.getCategory().getId().equals(categoryId)) {
        throw new NotFoundException("question", editId);
      }
      editRevision = q.getRevision();
      form = QuestionForm.of(banks.draftOf(editId), q.getTags());
    } else if (newType != null) {
      if (types.find(newType).isEmpty()) {
        throw new NotFoundException("questionType", newType);
      }
      form = QuestionForm.blank(newType);
    }
  }

  /** The name people see for a bank: the course's title, or "the library's shared bank". */
  public String bankLabel(QuestionBank bank) {
    return bank.isShared() ? Messages.text(language.getLocale(), "bank.shared") : bank.getName();
  }

  /** A category's name, or a word for the unnamed default category. */
  public String categoryLabel(Category c) {
    return c.getName() == null || c.getName().isBlank()
        ? Messages.text(language.getLocale(), "bank.category.default")
        : c.getName();
  }

  private transient List<QuestionBank> usableBanks;

  public List<QuestionBank> getUsableBanks() {
    if (usableBanks == null) {
      usableBanks = banks.usableBanks();
    }
    return usableBanks;
  }

  /** Whether the switcher offers to open the library's shared bank, which is made on first use. */
  public boolean isSharedBankOffered() {
    return callers.current().libraryId() != null
        && getUsableBanks().stream().noneMatch(QuestionBank::isShared);
  }

  public List<Category> getCategories() {
    if (categories == null) {
      categories = banks.categories(bankId);
    }
    return categories;
  }

  /** The selected category's questions that match the filter (text, name or tags). */
  public List<Question> getQuestions() {
    if (questions == null) {
      List<Question> all = categoryId == null ? List.of() : banks.questions(categoryId);
      String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
      questions =
          f.isEmpty()
              ? all
              : all.stream()
                  .filter(
                      q ->
                          contains(q.getText(), f)
                              || contains(q.getName(), f)
                              || contains(q.getTags(), f))
                  .toList();
    }
    return questions;
  }

  private static boolean contains(String s, String lowerNeedle) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  /** The name of the question, or the start of its text. */
  public String label(Question q) {
    if (q.getName() != null && !q.getName().isBlank()) {
      return q.getName();
    }
    String t = q.getText();
    return t.length() > 80 ? t.substring(0, 80) + "\u2026" : t;
  }

  public String typeLabel(String typeId) {
    return types
        .find(typeId)
        .map(t -> Messages.text(language.getLocale(), t.labelKey()))
        .orElse(typeId);
  }

  public List<QuestionType> getTypes() {
    return types.all();
  }

  // ---- categories

  public void addCategory() {
    try {
      Category c = banks.addCategory(bankId, newCategoryName);
      Messages.info("action.saved");
      Navigation.redirect(pageUrl(c.getId()));
    } catch (RuntimeException e) {
      Messages.error(business(e).messageKey(), (Object[]) business(e).arguments());
    }
  }

  public void renameCategory() {
    try {
      banks.renameCategory(categoryId, categoryName);
      Messages.info("action.saved");
      Navigation.redirect(pageUrl(categoryId));
    } catch (RuntimeException e) {
      Messages.error(business(e).messageKey(), (Object[]) business(e).arguments());
    }
  }

  // ---- questions

  /** Saves the question in the editor: a new one, or a new revision of the one edited. */
  public void saveQuestion() {
    editorError = null;
    try {
      if (editId != null) {
        banks.editQuestion(editId, form.toDraft(), form.getTags());
        Messages.info("action.saved");
      } else {
        Question q = banks.addQuestion(categoryId, form.toDraft(), form.getTags());
        Messages.info("question.added");
        if (quizId != null) {
          quizzes.addFromBank(quizId, q.getId());
          Navigation.redirect("/author/quiz.xhtml?id=" + quizId);
          return;
        }
      }
      Navigation.redirect(pageUrl(categoryId));
    } catch (RuntimeException e) {
      BusinessException b = business(e);
      editorError = translate(language.getLocale(), b);
    }
  }

  public void addRow() {
    form.addRow();
  }

  public void removeRow(int index) {
    form.removeRow(index);
  }

  public void retire(long questionId) {
    try {
      banks.retireQuestion(questionId);
      Messages.info("bank.retired");
      Navigation.redirect(pageUrl(categoryId));
    } catch (RuntimeException e) {
      Messages.error(business(e).messageKey(), (Object[]) business(e).arguments());
    }
  }

  // ---- import and export

  public List<BankService.Format> getImportFormats() {
    return List.of(BankService.Format.values());
  }

  public void importFile() throws IOException {
    imported = null;
    skipped = List.of();
    if (importFile == null || importFile.getSize() == 0) {
      Messages.error("bank.import.noFile");
      return;
    }
    byte[] bytes;
    try (InputStream in = importFile.getInputStream()) {
      bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
    }
    BankService.Format format =
        BankService.Format.parse(importFormat).orElse(BankService.Format.GIFT);
    try {
      BankService.ImportResult result = banks.importInto(categoryId, format, bytes);
      imported = result.imported();
      skipped = result.skipped();
      questions = null;
    } catch (RuntimeException e) {
      Messages.error(business(e).messageKey(), (Object[]) business(e).arguments());
    }
  }

  /** Why a question was skipped, in the reader's language, with its detail if any. */
  public String reason(Skipped s) {
    String reason = Messages.text(language.getLocale(), s.reasonKey());
    return s.detail().isBlank() ? reason : reason + " (" + s.detail() + ")";
  }

  public String exportUrl(String format) {
    return "/author/bank-export?category=" + categoryId + "&format=" + format;
  }

  // ---- helpers

  private String pageUrl(Long category) {
    return "/author/bank.xhtml?bank=" + bankId + (category == null ? "" : "&category=" + category);
  }

  /**
   * A refusal in the reader's language. Arguments that are all blank are left out, so that a
   * message with braces in its text is not read as a pattern.
   */
  static String translate(Locale locale, BusinessException b) {
    Object[] args = b.arguments();
    boolean none = true;
    for (Object a : args) {
      none &= a == null || String.valueOf(a).isBlank();
    }
    return none
        ? Messages.text(locale, b.messageKey())
        : Messages.text(locale, b.messageKey(), args);
  }

  /** Whether a service's refusal is behind {@code e}. */
  static boolean isBusiness(Throwable e) {
    for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof BusinessException) {
        return true;
      }
    }
    return false;
  }

  /** The service's refusal behind {@code e}; anything else is not for the page to handle. */
  static BusinessException business(RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof BusinessException b) {
        return b;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    throw e;
  }

  // ---- properties

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Long getBankId() {
    return bankId;
  }

  public void setBankId(Long bankId) {
    this.bankId = bankId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public String getNewType() {
    return newType;
  }

  public void setNewType(String newType) {
    this.newType = newType;
  }

  public Long getQuizId() {
    return quizId;
  }

  public void setQuizId(Long quizId) {
    this.quizId = quizId;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getBankTitle() {
    return bankTitle;
  }

  /** The course whose bank this is, or null for a shared bank. */
  public Long getBankCourseId() {
    return bankCourseId;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public void setCategoryName(String categoryName) {
    this.categoryName = categoryName;
  }

  public String getNewCategoryName() {
    return newCategoryName;
  }

  public void setNewCategoryName(String newCategoryName) {
    this.newCategoryName = newCategoryName;
  }

  public QuestionForm getForm() {
    return form;
  }

  public String getEditorError() {
    return editorError;
  }

  public int getEditRevision() {
    return editRevision;
  }

  public String getImportFormat() {
    return importFormat;
  }

  public void setImportFormat(String importFormat) {
    this.importFormat = importFormat;
  }

  public Part getImportFile() {
    return importFile;
  }

  public void setImportFile(Part importFile) {
    this.importFile = importFile;
  }

  public Integer getImported() {
    return imported;
  }

  public List<Skipped> getSkipped() {
    return skipped == null ? List.of() : skipped;
  }
}
