package org.relearning.quiz;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.attempt.Answer;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.attempt.AttemptGrades;
import org.relearning.quiz.attempt.AttemptStarts;
import org.relearning.quiz.attempt.AttemptStatus;
import org.relearning.quiz.attempt.PaperRows;
import org.relearning.quiz.attempt.PaperSlot;
import org.relearning.quiz.attempt.QuestionVersions;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizProblem;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.QuestionType;
import org.relearning.quiz.type.QuestionTypes;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/** Quizzes: authoring, and attempts that are saved as they go and graded once on the server. */
@Stateless
public class QuizService {

  private static final Logger LOG = Logger.getLogger(QuizService.class.getName());

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private Callers callers;
  @Inject private QuizHost host;
  @EJB private AuditLog audit;
  @Inject private QuestionTypes types;
  @Inject private Clock clock;
  @EJB private AttemptStarts starts;
  @Inject private Event<QuizAttemptGraded> graded;
  @Inject private QuestionVersions versions;
  @EJB private BankService banks;

  // ---- authoring

  public Quiz create(long courseId, String title, int passMark) {
    Caller caller = callers.require(Role.INSTRUCTOR, "quiz.create");
    if (!host.mayAuthor(caller, courseId)) {
      throw new AccessDeniedException("quiz.create");
    }
    Quiz quiz =
        new Quiz(
            courseId,
            host.libraryOf(courseId),
            caller.accountId(),
            title.trim(),
            passMark(passMark));
    quiz.setCategory(banks.newQuizCategory(courseId, quiz.getTitle()));
    em.persist(quiz);
    return quiz;
  }

  public Quiz getForEditing(long quizId) {
    Quiz quiz = quiz(quizId);
    if (!host.mayAuthor(callers.current(), quiz.getCourseId())) {
      throw new AccessDeniedException("quiz.edit");
    }
    return quiz;
  }

  public Quiz updateSettings(long quizId, String title, int passMark) {
    Quiz quiz = getForEditing(quizId);
    return updateSettings(quizId, quiz.settings().withTitle(title, passMark));
  }

  /** Changes how the quiz is taken; attempts already started keep their paper and deadline. */
  public Quiz updateSettings(long quizId, QuizSettings settings) {
    Quiz quiz = getForEditing(quizId);
    String title = settings.title() == null ? "" : settings.title().strip();
    if (title.isEmpty() || title.length() > Quiz.TITLE_MAX) {
      throw new BusinessException("quiz.title.invalid");
    }
    passMark(settings.passMark());
    if (settings.perPage() < 0 || settings.perPage() > 100) {
      throw new BusinessException("quiz.perPage.range");
    }
    if (settings.timeLimitMinutes() != null
        && (settings.timeLimitMinutes() < 1
            || settings.timeLimitMinutes() > Quiz.TIME_LIMIT_MAX_MINUTES)) {
      throw new BusinessException("quiz.timeLimit.range", Quiz.TIME_LIMIT_MAX_MINUTES);
    }
    if (settings.opensAt() != null
        && settings.closesAt() != null
        && !settings.opensAt().isBefore(settings.closesAt())) {
      throw new BusinessException("quiz.dates.order");
    }
    if (settings.attemptsAllowed() < 0 || settings.attemptsAllowed() > 100) {
      throw new BusinessException("quiz.attempts.range");
    }
    if (settings.gradingMethod() == null) {
      throw new BusinessException("quiz.gradingMethod.missing");
    }
    quiz.apply(settings.withTitle(title, settings.passMark()));
    audit.record(
        callers.current().username(),
        "quiz.settingsChanged",
        "quiz:" + quizId,
        host.libraryOf(quiz.getCourseId()),
        String.format(
            "pass mark %d%%, attempts %s, time limit %s, grading %s",
            quiz.getPassMark(),
            quiz.getAttemptsAllowed() == 0 ? "unlimited" : quiz.getAttemptsAllowed(),
            quiz.getTimeLimitMinutes() == null ? "none" : quiz.getTimeLimitMinutes() + " min",
            quiz.getGradingMethod()));
    return quiz;
  }

  /** Asks a question of a bank the caller may use, at the end of the quiz. */
  public Slot addFromBank(long quizId, long questionId) {
    Quiz quiz = getForEditing(quizId);
    Question q = banks.usableQuestion(questionId);
    if (quiz.getQuestions().stream().anyMatch(x -> x.getId().equals(q.getId()))) {
      throw new BusinessException("quiz.questionTwice");
    }
    Slot slot = quiz.addFixed(q);
    em.flush();
    return slot;
  }

  /** Draws {@code count} random questions of a category for each attempt, at the end. */
  public Slot addRandom(long quizId, long categoryId, int count) {
    Quiz quiz = getForEditing(quizId);
    if (count < 1 || count > 100) {
      throw new BusinessException("quiz.drawCount.range");
    }
    Slot slot = quiz.addRandom(banks.usableCategory(categoryId), count);
    em.flush();
    return slot;
  }

  public void removeSlot(long quizId, long slotId) {
    getForEditing(quizId).removeSlot(slotId);
  }

  public void moveSlot(long quizId, long slotId, int by) {
    getForEditing(quizId).moveSlot(slotId, Integer.signum(by));
  }

  /** How many questions a random slot can draw from now. */
  public long available(Slot slot) {
    return slot.isRandom()
        ? em.createNamedQuery("Question.idsOfCategory", Long.class)
            .setParameter("category", slot.getCategory().getId())
            .getResultList()
            .size()
        : 1;
  }

  public Question addSingleChoice(
      long quizId, String text, List<String> options, int correctIndex) {
    Quiz quiz = getForEditing(quizId);
    if (options.size() < 2 || correctIndex < 0 || correctIndex >= options.size()) {
      throw new BusinessException("question.problem.oneCorrect");
    }
    Question q = quiz.addQuestion(SingleChoiceType.ID, text.trim(), 1);
    for (int i = 0; i < options.size(); i++) {
      q.addChoice(options.get(i).trim(), i == correctIndex);
    }
    em.flush();
    return q;
  }

  public Question addTrueFalse(long quizId, String statement, boolean statementIsTrue) {
    Quiz quiz = getForEditing(quizId);
    Question q = quiz.addQuestion(TrueFalseType.ID, statement.trim(), 1);
    TrueFalseType.setUp(q, statementIsTrue);
    em.flush();
    return q;
  }

  // ---- copying between courses

  /**
   * The quiz's settings and questions with their correct answers, in a form that outlives database
   * ids ({@link org.relearning.quiz.exchange.QuizJson} writes it), for an author of its course.
   */
  public PortableQuiz exportQuestions(long quizId) {
    return portable(getForEditing(quizId));
  }

  /**
   * As {@link #exportQuestions}, for a library adopting the published course the quiz is placed in
   * rather than for its authors ({@link QuizHost#mayAdopt}).
   */
  public PortableQuiz exportForAdoption(long quizId) {
    Quiz quiz = quiz(quizId);
    if (!host.mayAdopt(callers.current(), quiz.getCourseId())) {
      throw new AccessDeniedException("course.adopt");
    }
    return portable(quiz);
  }

  private PortableQuiz portable(Quiz quiz) {
    return PortableQuizzes.of(
        quiz,
        c ->
            em.createNamedQuery("Question.ofCategory", Question.class)
                .setParameter("category", c.getId())
                .getResultList());
  }

  /** What would stop the quiz from being created: problems of its questions and its draws. */
  public List<QuizProblem> check(PortableQuiz portable) {
    List<QuizProblem> problems = new ArrayList<>(check(portable.questions()));
    for (PortableQuiz.Draw d : portable.draws()) {
      for (QuizProblem p : check(d.questions())) {
        problems.add(new QuizProblem(d.category() + " › " + p.where(), p.reasonKey(), p.detail()));
      }
    }
    return problems;
  }

  /**
   * What would stop these questions from being imported, each naming its question ({@code "question
   * 3"}) and a bundle key; empty when all of them can be.
   */
  public List<QuizProblem> check(List<ImportedQuestion> questions) {
    return PortableQuizzes.problems(questions, types::find);
  }

  /**
   * Appends the questions to the quiz, all of them or, if {@link #check} finds a problem, none: the
   * first problem is thrown with where it is.
   */
  public List<Question> importQuestions(long quizId, List<ImportedQuestion> questions) {
    Quiz quiz = getForEditing(quizId);
    requireUsable(questions);
    List<Question> added = questions.stream().map(q -> PortableQuizzes.addTo(quiz, q)).toList();
    em.flush();
    LOG.info(() -> added.size() + " questions imported into quiz " + quizId);
    return added;
  }

  /**
   * A new quiz of the course with the settings and questions of {@code portable}; all or nothing.
   */
  public Quiz createFrom(long courseId, PortableQuiz portable) {
    List<QuizProblem> problems = check(portable);
    if (!problems.isEmpty()) {
      QuizProblem first = problems.get(0);
      throw new BusinessException(first.reasonKey(), first.where(), first.detail());
    }
    Quiz quiz = create(courseId, portable.title(), portable.passMark());
    portable.questions().forEach(q -> PortableQuizzes.addTo(quiz, q));
    for (PortableQuiz.Draw d : portable.draws()) {
      Category pool = banks.newQuizCategory(courseId, d.category());
      for (ImportedQuestion q : d.questions()) {
        em.persist(PortableQuizzes.newQuestion(pool, q));
        // one at a time, so the ids, and with them the bank's order, follow the file's order
        em.flush();
      }
      quiz.placeAt(quiz.addRandom(pool, d.count()), d.position());
    }
    em.flush();
    if (portable.settings() != null) {
      updateSettings(
          quiz.getId(), portable.settings().withTitle(quiz.getTitle(), quiz.getPassMark()));
    }
    LOG.info(
        () ->
            "Quiz "
                + quiz.getId()
                + " created in course "
                + courseId
                + " with "
                + portable.questions().size()
                + " questions");
    return quiz;
  }

  private void requireUsable(List<ImportedQuestion> questions) {
    List<QuizProblem> problems = check(questions);
    if (!problems.isEmpty()) {
      QuizProblem first = problems.get(0);
      throw new BusinessException(first.reasonKey(), first.where(), first.detail());
    }
  }

  public List<Quiz> ofCourse(long courseId) {
    return em.createNamedQuery("Quiz.ofCourse", Quiz.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public Optional<Quiz> findQuiz(Long quizId) {
    return Optional.ofNullable(quizId == null ? null : em.find(Quiz.class, quizId));
  }

  // ---- delivery

  /** How often a start is tried when the database refuses its insert for another reason. */
  private static final int START_TRIES = 3;

  /** A little slack for an answer that left the browser just before the deadline. */
  static final Duration GRACE = Duration.ofSeconds(3);

  /** The quiz's title and pass mark, for a learner who may take it. */
  public Quiz getForTaking(long quizId) {
    Quiz quiz = quiz(quizId);
    requireTaker(quiz);
    return quiz;
  }

  /**
   * The caller's attempt in progress, if any. One whose time ran out is submitted first, with the
   * answers saved before the deadline, and then there is none.
   */
  public Optional<Attempt> current(long quizId) {
    Quiz quiz = quiz(quizId);
    Caller caller = requireTaker(quiz);
    return openAttempt(quiz, caller.accountId());
  }

  private Optional<Attempt> openAttempt(Quiz quiz, long accountId) {
    Optional<Attempt> open =
        attemptsOf(quiz.getId(), accountId).stream().filter(a -> !a.isSubmitted()).findFirst();
    if (open.isPresent() && isOverdue(open.get())) {
      finish(open.get(), quiz);
      return Optional.empty();
    }
    return open;
  }

  /** Why the caller cannot start a new attempt now, as a bundle key; empty if they can. */
  public Optional<String> whyNotStart(long quizId) {
    Quiz quiz = quiz(quizId);
    Caller caller = requireTaker(quiz);
    return whyNotStart(
        quiz,
        counted(quiz, caller.accountId(), attemptsOf(quizId, caller.accountId())),
        quiz.getSlots().isEmpty());
  }

  private Optional<String> whyNotStart(Quiz quiz, List<Attempt> previous, boolean noSlots) {
    Instant now = clock.instant();
    if (quiz.getOpensAt() != null && now.isBefore(quiz.getOpensAt())) {
      return Optional.of("quiz.notOpenYet");
    }
    if (quiz.getClosesAt() != null && !now.isBefore(quiz.getClosesAt())) {
      return Optional.of("quiz.closed");
    }
    if (quiz.getAttemptsAllowed() > 0 && previous.size() >= quiz.getAttemptsAllowed()) {
      return Optional.of("quiz.noAttemptsLeft");
    }
    if (noSlots) {
      return Optional.of("quiz.noQuestions");
    }
    return Optional.empty();
  }

  /**
   * The caller's attempt in progress, or a new one with its own paper: the questions drawn and
   * ordered for it, each frozen at its current version. Any number of simultaneous starts by one
   * learner give one attempt.
   */
  public Attempt start(long quizId) {
    // in the caller's transaction already: the plan's reads share its connection
    return begin(quizId, this::planStart).attempt();
  }

  /**
   * As {@link #start}, together with what the learner sees of it: its paper and the answers saved
   * so far, in one call. A new attempt's paper is the one just written, not read back. It runs
   * outside a transaction on purpose: the reads that plan the start share one connection in a
   * transaction of their own ({@link #planStart}) and give it back before the new attempt is
   * written in another. Holding a connection for the reads while the insert waited for a second one
   * made a thousand simultaneous starts queue for the pool; reading with a connection taken and
   * given back per query took the pool six times per start.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Sitting startSitting(long quizId) {
    QuizService self = context.getBusinessObject(QuizService.class);
    Begun begun = begin(quizId, self::planStart);
    Attempt attempt = begun.attempt();
    if (begun.paper() != null) {
      List<LearnerQuestion> questions = new ArrayList<>();
      int number = 1;
      for (AttemptStarts.Planned p : begun.paper()) {
        Question q = versions.question(p.versionId());
        questions.add(
            LearnerQuestion.of(q, types.get(q.getType()), p.optionOrder(), number++, p.page()));
      }
      return new Sitting(attempt, true, questions, Map.of());
    }
    return new Sitting(attempt, false, questionsOf(attempt), responses(attempt.getId()));
  }

  /**
   * An attempt as the learner sits it: the attempt, whether this call began it, its questions in
   * order as the learner may see them, and the saved responses by question id.
   */
  public record Sitting(
      Attempt attempt,
      boolean began,
      List<LearnerQuestion> questions,
      Map<Long, String> responses) {}

  /**
   * What the caller's start of a quiz found: the attempt in progress to carry on with ({@code
   * open}), or a new attempt to write ({@code fresh}), after submitting the caller's attempt whose
   * time ran out ({@code overdue}, when there is one).
   */
  public record StartPlan(Attempt open, Long overdue, NewAttempt fresh) {}

  /** A new attempt as a start planned it: its owner, number, times and paper. */
  public record NewAttempt(
      long accountId,
      int number,
      Instant startedAt,
      Instant deadline,
      List<AttemptStarts.Planned> paper) {}

  /**
   * The reads of a start, as one transaction: whether the caller may take the quiz, their attempts
   * so far, and a new paper when they have no attempt in progress. Writes nothing; refuses as a
   * start would. Called by {@link #startSitting} through the container, so that all its queries use
   * one connection.
   */
  public StartPlan planStart(long quizId) {
    Quiz quiz = quiz(quizId);
    Caller caller = callers.current();
    QuizHost.Taking taking =
        host.taking(caller, quiz.getCourseId(), quiz.getId())
            .orElseThrow(() -> new AccessDeniedException("quiz.take"));
    // One read decides both whether an attempt is open and which number a new one gets: with two
    // reads, a parallel start committing in between made this one start a second attempt.
    List<Attempt> previous = attemptsOf(quiz.getId(), caller.accountId());
    Optional<Attempt> open = previous.stream().filter(a -> !a.isSubmitted()).findFirst();
    if (open.isPresent() && !isOverdue(open.get())) {
      return new StartPlan(open.get(), null, null);
    }
    List<SlotRow> slots = slotRows(quiz.getId());
    Optional<String> refusal =
        whyNotStart(quiz, counted(taking.attemptsCountFrom(), previous), slots.isEmpty());
    if (refusal.isPresent()) {
      throw new BusinessException(refusal.get());
    }
    // as precise as the databases keep it, since the attempt returned is not read back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant deadline =
        quiz.getTimeLimitMinutes() == null
            ? null
            : now.plus(Duration.ofMinutes(quiz.getTimeLimitMinutes()));
    if (quiz.getClosesAt() != null && (deadline == null || quiz.getClosesAt().isBefore(deadline))) {
      deadline = quiz.getClosesAt();
    }
    return new StartPlan(
        null,
        open.map(Attempt::getId).orElse(null),
        new NewAttempt(caller.accountId(), previous.size() + 1, now, deadline, plan(quiz, slots)));
  }

  /** An attempt found or begun; {@code paper} is the paper written when this call began it. */
  private record Begun(Attempt attempt, List<AttemptStarts.Planned> paper) {}

  private Begun begin(long quizId, LongFunction<StartPlan> planner) {
    for (int tries = 1; ; tries++) {
      StartPlan plan = planner.apply(quizId);
      if (plan.open() != null) {
        return new Begun(plan.open(), null);
      }
      if (tries > START_TRIES) {
        throw new BusinessException("quiz.startBusy");
      }
      if (plan.overdue() != null) {
        context.getBusinessObject(QuizService.class).finishOverdue(plan.overdue());
      }
      NewAttempt fresh = plan.fresh();
      Optional<Attempt> written =
          starts.insert(
              quizId,
              fresh.accountId(),
              fresh.number(),
              fresh.startedAt(),
              fresh.deadline(),
              fresh.paper());
      if (written.isPresent()) {
        return new Begun(written.get(), fresh.paper());
      }
      // Another request of the same learner created this attempt a moment ago (the next plan
      // finds it open), or the database gave up waiting for a lock (many starts at once) and the
      // insert left nothing: plan again.
    }
  }

  /** One slot of a quiz as a new paper needs it, read without loading entities. */
  private record SlotRow(Long questionId, Integer revision, Long categoryId, int drawCount) {}

  private List<SlotRow> slotRows(long quizId) {
    return em
        .createNamedQuery("Slot.forPaper", Object[].class)
        .setParameter("quiz", quizId)
        .getResultList()
        .stream()
        .map(r -> new SlotRow((Long) r[0], (Integer) r[1], (Long) r[2], ((Number) r[3]).intValue()))
        .toList();
  }

  /** Draws, orders and freezes the questions of a new attempt. */
  private List<AttemptStarts.Planned> plan(Quiz quiz, List<SlotRow> slots) {
    Random random = ThreadLocalRandom.current();
    Set<Long> chosen = new HashSet<>();
    for (SlotRow slot : slots) {
      if (slot.categoryId() == null) {
        chosen.add(slot.questionId());
      }
    }
    // each question asked, as its version id: the living question is read only for a revision
    // no attempt has asked yet
    List<Long> asked = new ArrayList<>();
    for (SlotRow slot : slots) {
      if (slot.categoryId() == null) {
        long id = slot.questionId();
        asked.add(versions.idFor(id, slot.revision(), () -> em.find(Question.class, id)));
        continue;
      }
      List<Object[]> pool =
          new ArrayList<>(
              em.createNamedQuery("Question.revisionsOfCategory", Object[].class)
                  .setParameter("category", slot.categoryId())
                  .getResultList());
      pool.removeIf(row -> chosen.contains((Long) row[0]));
      Collections.shuffle(pool, random);
      for (Object[] row : pool.subList(0, Math.min(slot.drawCount(), pool.size()))) {
        long id = (Long) row[0];
        chosen.add(id);
        asked.add(versions.idFor(id, (Integer) row[1], () -> em.find(Question.class, id)));
      }
    }
    if (quiz.isShuffleQuestions()) {
      Collections.shuffle(asked, random);
    }
    List<AttemptStarts.Planned> paper = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      long versionId = asked.get(i);
      Question q = versions.question(versionId);
      QuestionType type = types.get(q.getType());
      List<Long> order = new ArrayList<>(type.optionKeys(q));
      boolean shuffle =
          type.optionOrder() == QuestionType.OptionOrder.ALWAYS_SHUFFLED
              || (type.optionOrder() == QuestionType.OptionOrder.AS_QUIZ_SAYS
                  && quiz.isShuffleOptions());
      if (shuffle) {
        List<Long> stored = List.copyOf(order);
        for (int tries = 0; tries < 5 && order.equals(stored); tries++) {
          Collections.shuffle(order, random);
        }
      }
      int page = quiz.getPerPage() <= 0 ? 1 : i / quiz.getPerPage() + 1;
      paper.add(new AttemptStarts.Planned(page, q.getId(), versionId, order));
    }
    return paper;
  }

  /** The questions of the caller's attempt, in its order, as the learner may see them. */
  public List<LearnerQuestion> paper(long attemptId) {
    return questionsOf(ownAttempt(attemptId));
  }

  private List<LearnerQuestion> questionsOf(Attempt attempt) {
    List<LearnerQuestion> questions = new ArrayList<>();
    int number = 1;
    for (PaperSlot slot : slots(attempt)) {
      Question q = asked(slot);
      questions.add(
          LearnerQuestion.of(
              q, types.get(q.getType()), slot.getOptionOrder(), number++, slot.getPage()));
    }
    return questions;
  }

  /**
   * @deprecated the questions of the caller's current attempt; use {@link #paper}.
   */
  @Deprecated
  public List<LearnerQuestion> questionsForLearner(long quizId) {
    return paper(start(quizId).getId());
  }

  /** The caller's attempts that count (those of their retake, when they are retaking). */
  public List<Attempt> myAttempts(long quizId) {
    long accountId = callers.current().accountId();
    return counted(quiz(quizId), accountId, attemptsOf(quizId, accountId));
  }

  /**
   * Whether the caller may see the scores of their attempts at the quiz now: its authors always, a
   * learner when the quiz's review shows marks at this moment (right after submitting, or after the
   * quiz closes). Whether an attempt passed is not hidden: the course's completion tells it.
   */
  public boolean marksShown(long quizId) {
    Quiz quiz = quiz(quizId);
    Caller caller = callers.current();
    return host.mayAuthor(caller, quiz.getCourseId())
        || quiz.reviewAt(clock.instant()).contains(ReviewItem.MARKS);
  }

  /** One of the caller's attempts. */
  public Attempt myAttempt(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    if (!attempt.isSubmitted() && isOverdue(attempt)) {
      finish(attempt, quiz(attempt.getQuizId()));
    }
    return attempt;
  }

  /** Seconds left before the attempt is submitted by itself; empty without a time limit. */
  public OptionalLong secondsLeft(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    if (attempt.getDeadline() == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(0, Duration.between(clock.instant(), attempt.getDeadline()).toSeconds()));
  }

  public Map<Long, String> savedResponses(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    return responses(attempt.getId());
  }

  /**
   * Saves one answer and returns once it is committed. Refused once the attempt is submitted, after
   * its deadline, for a question not on its paper, and, in a quiz taken in order, for a page the
   * learner has left. Returns when it was saved.
   */
  public Instant saveAnswer(long attemptId, long questionId, String response) {
    // The common case in one read: the caller's attempt in progress, in time, with the question
    // on its paper on a page still open. Anything else takes the path below, which says why not.
    List<Object[]> found =
        em.createNamedQuery("Attempt.forSaving", Object[].class)
            .setParameter("attempt", attemptId)
            .getResultList();
    if (found.size() == 1 && mayWrite(found.get(0), questionId, response)) {
      return writeAnswer(attemptId, questionId, response);
    }
    return checkedSave(attemptId, questionId, response);
  }

  /**
   * Whether a row of {@code Attempt.forSaving} lets the caller save this response now. An attempt
   * whose paper is in rows (begun before papers were kept in the attempt's row, or too long for it)
   * is not decided here.
   */
  private boolean mayWrite(Object[] row, long questionId, String response) {
    long accountId = (Long) row[0];
    Instant deadline = (Instant) row[2];
    int currentPage = ((Number) row[3]).intValue();
    int page = PaperSlot.pageIn((String) row[4], questionId);
    boolean sequential = (Boolean) row[5];
    return accountId == callers.current().accountId()
        && page > 0
        && row[1] == AttemptStatus.IN_PROGRESS
        && (deadline == null || !clock.instant().isAfter(deadline.plus(GRACE)))
        && !(sequential && page < currentPage)
        && (response == null || response.length() <= Answer.RESPONSE_MAX);
  }

  private Instant checkedSave(long attemptId, long questionId, String response) {
    Attempt attempt = ownAttempt(attemptId);
    if (attempt.isSubmitted()) {
      // submitted by the clock (here or by the sweep, whichever came first): the learner's time
      // ran out, which is what they should read
      throw new BusinessException(
          isOverdue(attempt) ? "attempt.timeUp" : "attempt.alreadySubmitted");
    }
    Quiz quiz = quiz(attempt.getQuizId());
    if (isOverdue(attempt)) {
      // submitted in a transaction of its own: the refusal below rolls this one back
      context.getBusinessObject(QuizService.class).finishOverdue(attemptId);
      throw new BusinessException("attempt.timeUp");
    }
    PaperSlot slot =
        slots(attempt).stream()
            .filter(s -> s.getQuestionId() == questionId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("question", questionId));
    if (quiz.isSequential() && slot.getPage() < attempt.getCurrentPage()) {
      throw new BusinessException("attempt.pageLeft");
    }
    if (response != null && response.length() > Answer.RESPONSE_MAX) {
      throw new BusinessException("attempt.answerTooLong", Answer.RESPONSE_MAX);
    }
    return writeAnswer(attemptId, questionId, response);
  }

  private Instant writeAnswer(long attemptId, long questionId, String response) {
    Instant now = clock.instant();
    int updated =
        em.createNamedQuery("Answer.change")
            .setParameter("r", response)
            .setParameter("t", now)
            .setParameter("attempt", attemptId)
            .setParameter("question", questionId)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new Answer(attemptId, questionId, response, now));
    }
    return now;
  }

  /**
   * Remembers the page the learner is on, so coming back resumes there. In a quiz taken in order,
   * going back is refused.
   */
  public void goToPage(long attemptId, int page) {
    Attempt attempt = ownAttempt(attemptId);
    if (attempt.isSubmitted()) {
      throw new BusinessException("attempt.alreadySubmitted");
    }
    Quiz quiz = quiz(attempt.getQuizId());
    int last = slots(attempt).stream().mapToInt(PaperSlot::getPage).max().orElse(1);
    if (page < 1 || page > last) {
      throw new NotFoundException("page", page);
    }
    if (quiz.isSequential() && page < attempt.getCurrentPage()) {
      throw new BusinessException("attempt.pageLeft");
    }
    attempt.setCurrentPage(page);
  }

  /**
   * Submits and grades the attempt. Only the first of any number of submissions (double clicks,
   * replays, parallel requests) changes the attempt; the others get the same result.
   */
  public Attempt submit(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    finish(attempt, quiz(attempt.getQuizId()));
    return attempt;
  }

  /** Submits an attempt whose time ran out, in a transaction of its own (the sweep calls this). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finishOverdue(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt != null && !attempt.isSubmitted() && isOverdue(attempt)) {
      finish(attempt, quiz(attempt.getQuizId()));
    }
  }

  /** Attempts in progress whose deadline has passed, oldest first, at most {@code max}. */
  public List<Long> overdue(int max) {
    return em.createNamedQuery("Attempt.overdue", Long.class)
        .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
        .setParameter("now", clock.instant().minus(GRACE))
        .setMaxResults(max)
        .getResultList();
  }

  private boolean isOverdue(Attempt attempt) {
    return attempt.getDeadline() != null
        && clock.instant().isAfter(attempt.getDeadline().plus(GRACE));
  }

  private void finish(Attempt attempt, Quiz quiz) {
    int changed =
        em.createNamedQuery("Attempt.markSubmitted")
            .setParameter("submitted", AttemptStatus.SUBMITTED)
            .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
            .setParameter("now", clock.instant())
            .setParameter("id", attempt.getId())
            .executeUpdate();
    em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
    if (changed == 0) {
      return;
    }
    Map<Long, String> responses = responses(attempt.getId());
    List<PaperSlot> paper = slots(attempt);
    boolean waiting = false;
    for (PaperSlot slot : paper) {
      Question q = asked(slot);
      QuestionType type = types.get(q.getType());
      String response = responses.get(slot.getQuestionId());
      if (type.gradedByHand() && response != null && !response.isBlank()) {
        AttemptGrades.leaveForGrader(slot);
        waiting = true;
      } else {
        AttemptGrades.grade(slot, response == null ? 0 : Grading.clamp(type.grade(q, response)));
      }
    }
    PaperRows.writeOut(em, attempt, paper);
    if (waiting) {
      AttemptGrades.awaitGrading(attempt);
      LOG.info(() -> "Attempt " + attempt.getId() + " waits for a grader");
      return;
    }
    record(attempt, quiz, paper);
  }

  /** Scores a fully graded attempt and tells the rest of the system. */
  private void record(Attempt attempt, Quiz quiz, List<PaperSlot> paper) {
    List<Grading.Marked> marks = new ArrayList<>();
    for (PaperSlot slot : paper) {
      marks.add(
          new Grading.Marked(
              asked(slot).getPoints(), slot.getFraction() == null ? 0 : slot.getFraction()));
    }
    int score = Grading.scorePercent(marks);
    boolean passed = score >= quiz.getPassMark();
    AttemptGrades.record(attempt, score, passed);
    LOG.info(
        () ->
            String.format(
                "Attempt %d of quiz %d graded: %d%% (%s)",
                attempt.getId(), quiz.getId(), score, passed ? "passed" : "not passed"));
    graded.fire(
        new QuizAttemptGraded(
            attempt.getId(),
            quiz.getId(),
            quiz.getCourseId(),
            attempt.getAccountId(),
            score,
            passed));
  }

  // ---- review

  /**
   * The caller's submitted attempt question by question, showing what the quiz's review options
   * allow now; an author of the course sees everything.
   */
  public List<ReviewedQuestion> review(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null) {
      throw new NotFoundException("attempt", attemptId);
    }
    Quiz quiz = quiz(attempt.getQuizId());
    Caller caller = callers.current();
    Set<ReviewItem> allowed;
    if (host.mayAuthor(caller, quiz.getCourseId())) {
      allowed = EnumSet.allOf(ReviewItem.class);
    } else if (attempt.getAccountId() == caller.accountId()) {
      allowed = quiz.reviewAt(clock.instant());
    } else {
      throw new NotFoundException("attempt", attemptId);
    }
    if (!attempt.isSubmitted()) {
      throw new BusinessException("attempt.notSubmitted");
    }
    Map<Long, String> responses = responses(attemptId);
    List<ReviewedQuestion> reviewed = new ArrayList<>();
    int number = 1;
    for (PaperSlot slot : slots(attempt)) {
      Question q = asked(slot);
      QuestionType type = types.get(q.getType());
      String response = responses.get(slot.getQuestionId());
      LearnerQuestion asked =
          LearnerQuestion.of(q, type, slot.getOptionOrder(), number++, slot.getPage());
      boolean feedback = allowed.contains(ReviewItem.FEEDBACK);
      reviewed.add(
          new ReviewedQuestion(
              asked,
              allowed.contains(ReviewItem.RESPONSES) ? response : null,
              allowed.contains(ReviewItem.MARKS) && slot.getFraction() != null
                  ? slot.getFraction() * q.getPoints()
                  : null,
              slot.isNeedsGrading(),
              allowed.contains(ReviewItem.CORRECT) ? type.correctAnswers(q) : List.of(),
              feedback ? chosenFeedback(q, response) : List.of(),
              feedback ? q.getGeneralFeedback() : "",
              allowed.contains(ReviewItem.MARKS) && slot.getGraderComment() != null
                  ? slot.getGraderComment()
                  : ""));
    }
    return reviewed;
  }

  private static List<String> chosenFeedback(Question q, String response) {
    if (response == null) {
      return List.of();
    }
    Set<String> tokens = new HashSet<>();
    for (String t : response.split(",")) {
      tokens.add(t.trim());
    }
    return q.getChoices().stream()
        .filter(c -> c.getId() != null && tokens.contains(String.valueOf(c.getId())))
        .map(Choice::getFeedback)
        .filter(f -> !f.isBlank())
        .toList();
  }

  // ---- grading by hand

  /** Answers waiting for a grader in the course's quizzes, oldest first, for its authors. */
  public List<AwaitingGrade> awaitingGrades(long courseId) {
    if (!host.mayAuthor(callers.current(), courseId)) {
      throw new AccessDeniedException("quiz.grade");
    }
    List<Quiz> quizzes = ofCourse(courseId);
    if (quizzes.isEmpty()) {
      return List.of();
    }
    Map<Long, Quiz> byId = new HashMap<>();
    quizzes.forEach(q -> byId.put(q.getId(), q));
    List<AwaitingGrade> waiting = new ArrayList<>();
    for (Attempt a :
        em.createNamedQuery("Attempt.awaitingGrading", Attempt.class)
            .setParameter("quizzes", byId.keySet())
            .setParameter("awaiting", AttemptStatus.AWAITING_GRADING)
            .getResultList()) {
      Map<Long, String> responses = responses(a.getId());
      for (PaperSlot slot : slots(a)) {
        if (slot.isNeedsGrading()) {
          Question q = asked(slot);
          waiting.add(
              new AwaitingGrade(
                  slot.getId(),
                  a.getId(),
                  a.getAccountId(),
                  byId.get(a.getQuizId()).getTitle(),
                  q.getText(),
                  q.getPoints(),
                  responses.getOrDefault(slot.getQuestionId(), ""),
                  a.getSubmittedAt()));
        }
      }
    }
    return waiting;
  }

  /**
   * Records a grader's points and comment for one answer. When it was the attempt's last answer
   * waiting, the attempt gets its score and completion hears of it.
   */
  public void gradeByHand(long paperSlotId, double points, String comment) {
    PaperSlot slot = em.find(PaperSlot.class, paperSlotId, LockModeType.PESSIMISTIC_WRITE);
    if (slot == null) {
      throw new NotFoundException("answer", paperSlotId);
    }
    Attempt attempt = em.find(Attempt.class, slot.getAttemptId(), LockModeType.PESSIMISTIC_WRITE);
    Quiz quiz = quiz(attempt.getQuizId());
    Caller caller = callers.current();
    if (!host.mayAuthor(caller, quiz.getCourseId())) {
      throw new AccessDeniedException("quiz.grade");
    }
    if (!slot.isNeedsGrading()) {
      throw new BusinessException("grading.alreadyGraded");
    }
    Question q = asked(slot);
    if (Double.isNaN(points) || points < 0 || points > q.getPoints()) {
      throw new BusinessException("grading.pointsRange", q.getPoints());
    }
    String note = comment == null ? "" : comment.strip();
    if (note.length() > PaperSlot.COMMENT_MAX) {
      throw new BusinessException("grading.commentTooLong", PaperSlot.COMMENT_MAX);
    }
    AttemptGrades.gradeByHand(
        slot,
        q.getPoints() == 0 ? 0 : points / q.getPoints(),
        caller.accountId(),
        note,
        clock.instant());
    em.flush();
    audit.record(
        caller.username(),
        "quiz.answerGraded",
        "attempt:" + attempt.getId(),
        host.libraryOf(quiz.getCourseId()),
        "question " + q.getId() + ": " + points + " of " + q.getPoints() + " points");
    List<PaperSlot> paper = slots(attempt);
    boolean more = paper.stream().anyMatch(PaperSlot::isNeedsGrading);
    if (!more && attempt.isAwaitingGrading()) {
      record(attempt, quiz, paper);
    }
  }

  // ---- results

  /** Every submitted attempt of the quiz with its paper, for its authors (results, statistics). */
  public List<AttemptResult> results(long quizId) {
    Quiz quiz = getForEditing(quizId);
    List<Attempt> attempts =
        em.createNamedQuery("Attempt.ofQuiz", Attempt.class)
            .setParameter("quiz", quiz.getId())
            .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
            .getResultList();
    if (attempts.isEmpty()) {
      return List.of();
    }
    Map<Long, List<PaperSlot>> papers = new HashMap<>();
    for (List<Long> chunk : chunks(attempts.stream().map(Attempt::getId).toList())) {
      for (PaperSlot s :
          em.createNamedQuery("PaperSlot.ofAttempts", PaperSlot.class)
              .setParameter("attempts", chunk)
              .getResultList()) {
        papers.computeIfAbsent(s.getAttemptId(), k -> new ArrayList<>()).add(s);
      }
    }
    Map<Long, Map<Long, String>> answers = new HashMap<>();
    for (List<Long> chunk : chunks(attempts.stream().map(Attempt::getId).toList())) {
      for (Answer a :
          em.createNamedQuery("Answer.ofAttempts", Answer.class)
              .setParameter("attempts", chunk)
              .getResultList()) {
        answers
            .computeIfAbsent(a.getAttemptId(), k -> new HashMap<>())
            .put(a.getQuestionId(), a.getResponse());
      }
    }
    List<AttemptResult> results = new ArrayList<>();
    for (Attempt a : attempts) {
      List<AttemptResult.Item> items = new ArrayList<>();
      for (PaperSlot s : papers.getOrDefault(a.getId(), List.of())) {
        Question q = asked(s);
        items.add(
            new AttemptResult.Item(
                s.getQuestionId(),
                q.getName().isBlank() ? q.getText() : q.getName(),
                q.getType(),
                q.getPoints(),
                s.getFraction(),
                answers.getOrDefault(a.getId(), Map.of()).get(s.getQuestionId())));
      }
      results.add(new AttemptResult(a, items));
    }
    return results;
  }

  /** The types whose response is the chosen option keys, so that choices can be counted. */
  private static final Set<String> CHOICE_TYPES =
      Set.of(
          SingleChoiceType.ID,
          TrueFalseType.ID,
          MultipleResponseType.ID,
          AllOrNothingMultipleResponseType.ID);

  /**
   * The option texts of the question versions that the quiz's submitted attempts asked, for its
   * authors: question id, then option key (the choice id as text, as responses hold it), then the
   * option's text. Only choice questions, whose responses are the chosen option keys, have an
   * entry; when versions of a question differ, the later text of a key wins.
   */
  public Map<Long, Map<String, String>> optionTexts(long quizId) {
    Quiz quiz = getForEditing(quizId);
    List<Long> attemptIds =
        em.createNamedQuery("Attempt.ofQuiz", Attempt.class)
            .setParameter("quiz", quiz.getId())
            .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
            .getResultStream()
            .map(Attempt::getId)
            .toList();
    Map<Long, Map<String, String>> texts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<Long> chunk : chunks(attemptIds)) {
      for (PaperSlot s :
          em.createNamedQuery("PaperSlot.ofAttempts", PaperSlot.class)
              .setParameter("attempts", chunk)
              .getResultList()) {
        if (!seen.add(s.getQuestionId() + ":" + s.getVersionId())) {
          continue;
        }
        Question q = asked(s);
        if (!CHOICE_TYPES.contains(q.getType())) {
          continue;
        }
        QuestionType type = types.get(q.getType());
        Map<String, String> options =
            texts.computeIfAbsent(s.getQuestionId(), k -> new LinkedHashMap<>());
        for (Long key : type.optionKeys(q)) {
          options.put(String.valueOf(key), type.optionText(q, key));
        }
      }
    }
    return texts;
  }

  /** The learner's grade for the quiz by its grading method; empty with no graded attempt. */
  public OptionalDouble grade(long quizId, long accountId) {
    Quiz quiz = quiz(quizId);
    List<Attempt> attempts =
        new ArrayList<>(counted(quiz, accountId, attemptsOf(quizId, accountId)));
    Collections.reverse(attempts);
    return quiz.getGradingMethod()
        .of(
            attempts.stream()
                .filter(a -> a.getScorePercent() != null)
                .map(Attempt::getScorePercent)
                .toList());
  }

  /** Whether the learner's grade for the quiz reaches its pass mark. */
  public boolean hasPassed(long quizId, long accountId) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      return false;
    }
    OptionalDouble g = grade(quizId, accountId);
    return g.isPresent() && g.getAsDouble() + 1e-9 >= quiz.getPassMark();
  }

  private static List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return chunks;
  }

  /** The attempt's paper in its order: from its row while it keeps it, otherwise its rows. */
  private List<PaperSlot> slots(Attempt attempt) {
    return PaperRows.inRow(attempt)
        .orElseGet(
            () ->
                em.createNamedQuery("PaperSlot.ofAttempt", PaperSlot.class)
                    .setParameter("attempt", attempt.getId())
                    .getResultList());
  }

  /** The question a paper slot asks, as it was when the attempt started. */
  private Question asked(PaperSlot slot) {
    if (slot.getVersionId() != null) {
      return versions.question(slot.getVersionId());
    }
    Question live = em.find(Question.class, slot.getQuestionId());
    if (live == null) {
      throw new NotFoundException("question", slot.getQuestionId());
    }
    return live;
  }

  /**
   * The attempts that count for the learner's grade and attempts left: all, or, while they retake
   * the course to renew a certificate, those started since the retake began.
   */
  private List<Attempt> counted(Quiz quiz, long accountId, List<Attempt> attempts) {
    return counted(host.attemptsCountFrom(accountId, quiz.getCourseId()), attempts);
  }

  private static List<Attempt> counted(Optional<Instant> from, List<Attempt> attempts) {
    if (from.isEmpty()) {
      return attempts;
    }
    return attempts.stream().filter(a -> !a.getStartedAt().isBefore(from.get())).toList();
  }

  private List<Attempt> attemptsOf(long quizId, long accountId) {
    return em.createNamedQuery("Attempt.ofLearner", Attempt.class)
        .setParameter("quiz", quizId)
        .setParameter("account", accountId)
        .getResultList();
  }

  private Map<Long, String> responses(long attemptId) {
    Map<Long, String> map = new HashMap<>();
    for (Answer a :
        em.createNamedQuery("Answer.ofAttempt", Answer.class)
            .setParameter("attempt", attemptId)
            .getResultList()) {
      map.put(a.getQuestionId(), a.getResponse());
    }
    return map;
  }

  private Attempt ownAttempt(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    Caller caller = callers.current();
    if (attempt == null || attempt.getAccountId() != caller.accountId()) {
      throw new NotFoundException("attempt", attemptId);
    }
    return attempt;
  }

  private Caller requireTaker(Quiz quiz) {
    Caller caller = callers.current();
    if (!host.mayTake(caller, quiz.getCourseId(), quiz.getId())) {
      throw new AccessDeniedException("quiz.take");
    }
    return caller;
  }

  private Quiz quiz(long quizId) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new NotFoundException("quiz", quizId);
    }
    return quiz;
  }

  private static int passMark(int percent) {
    if (percent < 0 || percent > 100) {
      throw new BusinessException("quiz.passMark.range");
    }
    return percent;
  }
}
