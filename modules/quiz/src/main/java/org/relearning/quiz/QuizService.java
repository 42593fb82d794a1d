package org.relearning.quiz;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;
import org.relearning.quiz.attempt.Answer;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.quiz.attempt.AttemptGrades;
import org.relearning.quiz.attempt.AttemptStarts;
import org.relearning.quiz.attempt.AttemptStatus;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizProblem;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionTypes;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;

/** Quizzes: authoring, and attempts that are saved as they go and graded once on the server. */
@Stateless
public class QuizService {

  private static final Logger LOG = Logger.getLogger(QuizService.class.getName());

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @Inject private Callers callers;
  @Inject private QuizHost host;
  @Inject private QuestionTypes types;
  @Inject private Clock clock;
  @Inject private AttemptStarts starts;
  @Inject private Event<QuizAttemptGraded> graded;

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
    quiz.setTitle(title.trim());
    quiz.setPassMark(passMark(passMark));
    return quiz;
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
    return PortableQuizzes.of(getForEditing(quizId));
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
    requireUsable(portable.questions());
    Quiz quiz = create(courseId, portable.title(), portable.passMark());
    portable.questions().forEach(q -> PortableQuizzes.addTo(quiz, q));
    em.flush();
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

  /** The quiz's title and pass mark, for a learner who may take it. */
  public Quiz getForTaking(long quizId) {
    Quiz quiz = quiz(quizId);
    requireTaker(quiz);
    return quiz;
  }

  public List<LearnerQuestion> questionsForLearner(long quizId) {
    Quiz quiz = getForTaking(quizId);
    return quiz.getQuestions().stream().map(LearnerQuestion::of).toList();
  }

  /** The caller's attempt in progress, or a new one. */
  public Attempt start(long quizId) {
    Quiz quiz = quiz(quizId);
    Caller caller = requireTaker(quiz);
    List<Attempt> previous = attemptsOf(quiz.getId(), caller.accountId());
    Optional<Attempt> open = previous.stream().filter(a -> !a.isSubmitted()).findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    try {
      long id =
          starts.insert(quiz.getId(), caller.accountId(), previous.size() + 1, clock.instant());
      return em.find(Attempt.class, id);
    } catch (EJBException lostTheRace) {
      // another request of the same learner created this attempt a moment ago: use that one
      return attemptsOf(quiz.getId(), caller.accountId()).stream()
          .filter(a -> !a.isSubmitted())
          .findFirst()
          .orElseThrow(() -> lostTheRace);
    }
  }

  public List<Attempt> myAttempts(long quizId) {
    return attemptsOf(quizId, callers.current().accountId());
  }

  public Map<Long, String> savedResponses(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    return responses(attempt.getId());
  }

  /** Saves one answer; refused once the attempt is submitted. */
  public void saveAnswer(long attemptId, long questionId, String response) {
    Attempt attempt = ownAttempt(attemptId);
    if (attempt.isSubmitted()) {
      throw new BusinessException("attempt.alreadySubmitted");
    }
    Quiz quiz = quiz(attempt.getQuizId());
    if (quiz.getQuestions().stream().noneMatch(q -> q.getId() == questionId)) {
      throw new NotFoundException("question", questionId);
    }
    String value = response == null || response.length() <= Answer.RESPONSE_MAX ? response : null;
    Optional<Answer> existing =
        em.createNamedQuery("Answer.ofAttempt", Answer.class)
            .setParameter("attempt", attemptId)
            .getResultStream()
            .filter(a -> a.getQuestionId() == questionId)
            .findFirst();
    if (existing.isPresent()) {
      em.createQuery(
              "UPDATE Answer a SET a.response = :r, a.savedAt = :t"
                  + " WHERE a.attemptId = :attempt AND a.questionId = :question")
          .setParameter("r", value)
          .setParameter("t", clock.instant())
          .setParameter("attempt", attemptId)
          .setParameter("question", questionId)
          .executeUpdate();
    } else {
      em.persist(new Answer(attemptId, questionId, value, clock.instant()));
    }
  }

  /**
   * Submits and grades the attempt. Only the first of any number of submissions (double clicks,
   * replays, parallel requests) changes the attempt; the others get the same result.
   */
  public Attempt submit(long attemptId) {
    Attempt attempt = ownAttempt(attemptId);
    int changed =
        em.createNamedQuery("Attempt.markSubmitted")
            .setParameter("submitted", AttemptStatus.SUBMITTED)
            .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
            .setParameter("now", clock.instant())
            .setParameter("id", attemptId)
            .executeUpdate();
    em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
    if (changed == 0) {
      return attempt;
    }
    Quiz quiz = quiz(attempt.getQuizId());
    int score = Grading.scorePercent(quiz, responses(attemptId), types);
    boolean passed = score >= quiz.getPassMark();
    AttemptGrades.record(attempt, score, passed);
    LOG.info(
        () ->
            String.format(
                "Attempt %d of quiz %d graded: %d%% (%s)",
                attemptId, quiz.getId(), score, passed ? "passed" : "not passed"));
    graded.fire(
        new QuizAttemptGraded(
            attemptId, quiz.getId(), quiz.getCourseId(), attempt.getAccountId(), score, passed));
    return attempt;
  }

  /** Whether the learner has passed the quiz in any attempt. */
  public boolean hasPassed(long quizId, long accountId) {
    return attemptsOf(quizId, accountId).stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
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
