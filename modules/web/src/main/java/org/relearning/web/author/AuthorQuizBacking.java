package org.relearning.web.author;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.BankService;
import org.relearning.quiz.GradingMethod;
import org.relearning.quiz.Quiz;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.QuizSettings;
import org.relearning.quiz.ReviewItem;
import org.relearning.quiz.Slot;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.QuestionTypes;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/**
 * Editing a quiz: its settings, its slots (fixed questions from a bank and random draws from a
 * category), and quick single-choice and true/false questions.
 */
@Named("authorQuiz")
@ViewScoped
public class AuthorQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int OPTIONS = 4;

  @Inject private QuizService quizzes;
  @Inject private BankService banks;
  @Inject private QuestionTypes types;
  @Inject private Language language;

  private Long id;
  private Long courseId;
  private String title;
  private Integer passMark;
  private String singleText;
  private String[] options = new String[OPTIONS];
  private int correctOption;
  private String statement;
  private boolean statementIsTrue = true;
  private transient List<Question> questions;

  private boolean shuffleQuestions;
  private boolean shuffleOptions;
  private Integer perPage;
  private boolean sequential;
  private Integer timeLimitMinutes;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private Integer attemptsAllowed;
  private String gradingMethod;
  private List<String> reviewAfterSubmit = new ArrayList<>();
  private List<String> reviewAfterClose = new ArrayList<>();
  private Long quizCategoryId;
  private Long quizBankId;

  private Long fixedQuestionId;
  private Long randomCategoryId;
  private Integer randomCount = 1;
  private String newType;
  private transient List<Slot> slots;
  private transient List<Category> categories;

  public void load() {
    Quiz quiz = quizzes.getForEditing(Params.required(id, "quiz"));
    courseId = quiz.getCourseId();
    title = quiz.getTitle();
    passMark = quiz.getPassMark();
    QuizSettings s = quiz.settings();
    shuffleQuestions = s.shuffleQuestions();
    shuffleOptions = s.shuffleOptions();
    perPage = s.perPage();
    sequential = s.sequential();
    timeLimitMinutes = s.timeLimitMinutes();
    opensAt = s.opensAt() == null ? null : LocalDateTime.ofInstant(s.opensAt(), Clocks.ZONE);
    closesAt = s.closesAt() == null ? null : LocalDateTime.ofInstant(s.closesAt(), Clocks.ZONE);
    attemptsAllowed = s.attemptsAllowed();
    gradingMethod = s.gradingMethod().name();
    reviewAfterSubmit = names(s.reviewAfterSubmit());
    reviewAfterClose = names(s.reviewAfterClose());
    if (quiz.getCategory() != null) {
      quizCategoryId = quiz.getCategory().getId();
      quizBankId = quiz.getCategory().getBank().getId();
    }
  }

  private static List<String> names(Set<ReviewItem> items) {
    return new ArrayList<>(items.stream().map(Enum::name).toList());
  }

  private static Set<ReviewItem> items(List<String> names) {
    Set<ReviewItem> items = EnumSet.noneOf(ReviewItem.class);
    if (names != null) {
      for (String n : names) {
        for (ReviewItem r : ReviewItem.values()) {
          if (r.name().equals(n)) {
            items.add(r);
          }
        }
      }
    }
    return items;
  }

  /** The slots in order: fixed questions and random draws. */
  public List<Slot> getSlots() {
    if (slots == null) {
      slots = quizzes.getForEditing(id).getSlots();
    }
    return slots;
  }

  /** How many questions a random slot can draw from now. */
  public long available(Slot slot) {
    return quizzes.available(slot);
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

  /**
   * The categories a quiz of this course can ask from: its course's bank and its library's shared
   * bank.
   */
  public List<Category> getCategories() {
    if (categories == null) {
      List<Category> all = new ArrayList<>();
      for (QuestionBank b : banks.usableBanks()) {
        if (b.isShared() || courseId.equals(b.getCourseId())) {
          all.addAll(banks.categories(b.getId()));
        }
      }
      categories = all;
    }
    return categories;
  }

  /** A category's name with its bank's, for the pickers. */
  public String categoryLabel(Category c) {
    String bank =
        c.getBank().isShared()
            ? Messages.text(language.getLocale(), "bank.shared")
            : c.getBank().getName();
    String name =
        c.getName() == null || c.getName().isBlank()
            ? Messages.text(language.getLocale(), "bank.category.default")
            : c.getName();
    return bank + " / " + name;
  }

  /** The questions of a category, for the "add from bank" picker. */
  public List<Question> questionsOf(Category c) {
    return banks.questions(c.getId());
  }

  public String questionLabel(Question q) {
    String t = q.getName() != null && !q.getName().isBlank() ? q.getName() : q.getText();
    return t.length() > 80 ? t.substring(0, 80) + "\u2026" : t;
  }

  /**
   * The questions of {@link #getCategories}, grouped by category, for the "add from bank" picker.
   */
  public List<SelectItem> getQuestionItems() {
    List<SelectItem> groups = new ArrayList<>();
    for (Category c : getCategories()) {
      List<SelectItem> items =
          banks.questions(c.getId()).stream()
              .map(
                  q ->
                      new SelectItem(
                          q.getId(), questionLabel(q) + " (" + typeLabel(q.getType()) + ")"))
              .toList();
      if (!items.isEmpty()) {
        groups.add(
            new SelectItemGroup(categoryLabel(c), null, false, items.toArray(new SelectItem[0])));
      }
    }
    return groups;
  }

  /** "N random questions from category X (M available)". */
  public String randomLabel(Slot slot) {
    return Messages.text(
        language.getLocale(),
        "quiz.slot.random",
        slot.getDrawCount(),
        categoryLabel(slot.getCategory()),
        available(slot));
  }

  /** The saved opening time in the reader's calendar (the Buddhist era in Thai), or "". */
  public String getOpensAtText() {
    return dateTimeText(opensAt);
  }

  /** The saved closing time in the reader's calendar, or "". */
  public String getClosesAtText() {
    return dateTimeText(closesAt);
  }

  private String dateTimeText(LocalDateTime time) {
    return time == null ? "" : Dates.shortDateTime(time.atZone(Clocks.ZONE), language.getLocale());
  }

  public List<GradingMethod> getGradingMethods() {
    return List.of(GradingMethod.values());
  }

  public List<ReviewItem> getReviewItems() {
    return List.of(ReviewItem.values());
  }

  public List<Question> getQuestions() {
    if (questions == null) {
      questions = quizzes.getForEditing(id).getQuestions();
    }
    return questions;
  }

  public List<Integer> getOptionIndexes() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < OPTIONS; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  public void saveSettings() {
    QuizSettings settings =
        new QuizSettings(
            title,
            passMark == null ? -1 : passMark,
            shuffleQuestions,
            shuffleOptions,
            perPage == null ? 0 : perPage,
            sequential,
            timeLimitMinutes,
            opensAt == null ? null : opensAt.atZone(Clocks.ZONE).toInstant(),
            closesAt == null ? null : closesAt.atZone(Clocks.ZONE).toInstant(),
            attemptsAllowed == null ? 0 : attemptsAllowed,
            GradingMethod.valueOf(gradingMethod == null ? "HIGHEST" : gradingMethod),
            items(reviewAfterSubmit),
            items(reviewAfterClose));
    quizzes.updateSettings(id, settings);
    Messages.info("action.saved");
    reload();
  }

  public void addFromBank() {
    if (fixedQuestionId == null) {
      Messages.error("quiz.pickQuestion");
      return;
    }
    quizzes.addFromBank(id, fixedQuestionId);
    Messages.info("question.added");
    reload();
  }

  public void addRandom() {
    if (randomCategoryId == null || randomCount == null) {
      Messages.error("validation.required");
      return;
    }
    quizzes.addRandom(id, randomCategoryId, randomCount);
    Messages.info("question.added");
    reload();
  }

  public void moveSlot(long slotId, int by) {
    quizzes.moveSlot(id, slotId, by);
    reload();
  }

  public void removeSlot(long slotId) {
    quizzes.removeSlot(id, slotId);
    Messages.info("quiz.slot.removed");
    reload();
  }

  /** Opens the bank's editor for a new question in the quiz's own category; saving adds it here. */
  public void writeQuestion() {
    String type = types.find(newType).map(QuestionType::id).orElse(null);
    if (type == null || quizCategoryId == null) {
      Messages.error("validation.required");
      return;
    }
    Navigation.redirect(
        "/author/bank.xhtml?bank="
            + quizBankId
            + "&category="
            + quizCategoryId
            + "&new="
            + type
            + "&quiz="
            + id);
  }

  public void addSingleChoice() {
    List<String> filled = new ArrayList<>();
    int correct = -1;
    for (int i = 0; i < OPTIONS; i++) {
      if (options[i] != null && !options[i].isBlank()) {
        if (i == correctOption) {
          correct = filled.size();
        }
        filled.add(options[i]);
      }
    }
    if (singleText == null || singleText.isBlank()) {
      Messages.error("validation.required");
      return;
    }
    quizzes.addSingleChoice(id, singleText, filled, correct);
    Messages.info("question.added");
    reload();
  }

  public void addTrueFalse() {
    if (statement == null || statement.isBlank()) {
      Messages.error("validation.required");
      return;
    }
    quizzes.addTrueFalse(id, statement, statementIsTrue);
    Messages.info("question.added");
    reload();
  }

  private void reload() {
    Navigation.redirect("/author/quiz.xhtml?id=" + id);
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public void setShuffleOptions(boolean shuffleOptions) {
    this.shuffleOptions = shuffleOptions;
  }

  public Integer getPerPage() {
    return perPage;
  }

  public void setPerPage(Integer perPage) {
    this.perPage = perPage;
  }

  public boolean isSequential() {
    return sequential;
  }

  public void setSequential(boolean sequential) {
    this.sequential = sequential;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public Integer getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public void setAttemptsAllowed(Integer attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  public String getGradingMethod() {
    return gradingMethod;
  }

  public void setGradingMethod(String gradingMethod) {
    this.gradingMethod = gradingMethod;
  }

  public List<String> getReviewAfterSubmit() {
    return reviewAfterSubmit;
  }

  public void setReviewAfterSubmit(List<String> reviewAfterSubmit) {
    this.reviewAfterSubmit = reviewAfterSubmit;
  }

  public List<String> getReviewAfterClose() {
    return reviewAfterClose;
  }

  public void setReviewAfterClose(List<String> reviewAfterClose) {
    this.reviewAfterClose = reviewAfterClose;
  }

  public Long getQuizCategoryId() {
    return quizCategoryId;
  }

  public Long getQuizBankId() {
    return quizBankId;
  }

  public Long getFixedQuestionId() {
    return fixedQuestionId;
  }

  public void setFixedQuestionId(Long fixedQuestionId) {
    this.fixedQuestionId = fixedQuestionId;
  }

  public Long getRandomCategoryId() {
    return randomCategoryId;
  }

  public void setRandomCategoryId(Long randomCategoryId) {
    this.randomCategoryId = randomCategoryId;
  }

  public Integer getRandomCount() {
    return randomCount;
  }

  public void setRandomCount(Integer randomCount) {
    this.randomCount = randomCount;
  }

  public String getNewType() {
    return newType;
  }

  public void setNewType(String newType) {
    this.newType = newType;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public String getSingleText() {
    return singleText;
  }

  public void setSingleText(String singleText) {
    this.singleText = singleText;
  }

  public String[] getOptions() {
    return options;
  }

  public void setOptions(String[] options) {
    this.options = Arrays.copyOf(options, OPTIONS);
  }

  public int getCorrectOption() {
    return correctOption;
  }

  public void setCorrectOption(int correctOption) {
    this.correctOption = correctOption;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public boolean isStatementIsTrue() {
    return statementIsTrue;
  }

  public void setStatementIsTrue(boolean statementIsTrue) {
    this.statementIsTrue = statementIsTrue;
  }
}
