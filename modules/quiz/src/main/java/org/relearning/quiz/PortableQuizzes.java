package org.relearning.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.exchange.ImportedChoice;
import org.relearning.quiz.exchange.ImportedQuestion;
import org.relearning.quiz.exchange.PortableQuiz;
import org.relearning.quiz.exchange.QuizProblem;
import org.relearning.quiz.question.Choice;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.type.QuestionType;

/** Between a quiz's entities and its portable form; no database, so tests can run it alone. */
final class PortableQuizzes {

  static final String UNKNOWN_TYPE = "import.quiz.unknownQuestionType";

  private PortableQuizzes() {}

  /**
   * The quiz's settings (without its dates), its fixed questions in order with every option and its
   * correctness, and its random draws with the questions {@code pool} gives for a category.
   */
  static PortableQuiz of(Quiz quiz, Function<Category, List<Question>> pool) {
    List<PortableQuiz.Draw> draws = new ArrayList<>();
    List<Slot> slots = quiz.getSlots();
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (s.isRandom()) {
        draws.add(
            new PortableQuiz.Draw(
                i + 1,
                s.getCategory().getName(),
                s.getDrawCount(),
                pool.apply(s.getCategory()).stream().map(PortableQuizzes::question).toList()));
      }
    }
    QuizSettings t = quiz.settings();
    QuizSettings undated =
        new QuizSettings(
            t.title(),
            t.passMark(),
            t.shuffleQuestions(),
            t.shuffleOptions(),
            t.perPage(),
            t.sequential(),
            t.timeLimitMinutes(),
            null,
            null,
            t.attemptsAllowed(),
            t.gradingMethod(),
            t.reviewAfterSubmit(),
            t.reviewAfterClose());
    return new PortableQuiz(
        quiz.getTitle(),
        quiz.getPassMark(),
        quiz.getQuestions().stream().map(PortableQuizzes::question).toList(),
        undated,
        draws);
  }

  static PortableQuiz of(Quiz quiz) {
    return of(quiz, c -> List.of());
  }

  private static ImportedQuestion question(Question q) {
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

  /** A new question in the category, as it is; check it with {@link #problems} first. */
  static Question newQuestion(Category category, ImportedQuestion imported) {
    Question q = new Question(category, imported.type(), imported.text(), imported.points());
    fill(q, imported);
    return q;
  }

  private static void fill(Question q, ImportedQuestion imported) {
    q.setName(imported.name());
    q.setGeneralFeedback(imported.generalFeedback());
    for (ImportedChoice c : imported.choices()) {
      q.addChoice(c.text(), c.correct(), c.feedback());
    }
  }

  /** Appends the question to the quiz as it is; check it with {@link #problems} first. */
  static Question addTo(Quiz quiz, ImportedQuestion imported) {
    Question q = quiz.addQuestion(imported.type(), imported.text(), imported.points());
    fill(q, imported);
    return q;
  }

  /**
   * What would stop these questions from being used, each at its question ({@code "question 3"}):
   * an unknown type, a text too long or blank, or what the question's type finds wrong.
   */
  static List<QuizProblem> problems(
      List<ImportedQuestion> questions, Function<String, Optional<QuestionType>> types) {
    List<QuizProblem> problems = new ArrayList<>();
    Quiz scratch = new Quiz(0L, 0L, 0L, "", 0);
    for (int i = 0; i < questions.size(); i++) {
      ImportedQuestion imported = questions.get(i);
      String where = QuizProblem.question(i + 1);
      Optional<QuestionType> type = types.apply(imported.type());
      if (type.isEmpty()) {
        problems.add(new QuizProblem(where, UNKNOWN_TYPE, imported.type()));
        continue;
      }
      if (imported.text().isBlank() || imported.text().length() > Question.TEXT_MAX) {
        problems.add(new QuizProblem(where, "import.quiz.invalidField", "text"));
        continue;
      }
      if (imported.points() < 0
          || imported.choices().stream().anyMatch(c -> c.text().length() > Choice.TEXT_MAX)) {
        problems.add(new QuizProblem(where, "import.quiz.invalidField", "points or choice"));
        continue;
      }
      for (String key : type.get().validate(addTo(scratch, imported))) {
        problems.add(new QuizProblem(where, key, ""));
      }
    }
    return problems;
  }
}
