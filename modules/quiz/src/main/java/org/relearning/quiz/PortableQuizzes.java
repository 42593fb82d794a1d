package org.relearning.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

  /** The quiz's settings and questions, in order, with every option and its correctness. */
  static PortableQuiz of(Quiz quiz) {
    return new PortableQuiz(
        quiz.getTitle(),
        quiz.getPassMark(),
        quiz.getQuestions().stream().map(PortableQuizzes::question).toList());
  }

  private static ImportedQuestion question(Question q) {
    return new ImportedQuestion(
        q.getType(),
        "",
        q.getText(),
        q.getPoints(),
        q.getChoices().stream().map(c -> new ImportedChoice(c.getText(), c.isCorrect())).toList(),
        "");
  }

  /** Appends the question to the quiz as it is; check it with {@link #problems} first. */
  static Question addTo(Quiz quiz, ImportedQuestion imported) {
    Question q = quiz.addQuestion(imported.type(), imported.text(), imported.points());
    for (ImportedChoice c : imported.choices()) {
      q.addChoice(c.text(), c.correct());
    }
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
