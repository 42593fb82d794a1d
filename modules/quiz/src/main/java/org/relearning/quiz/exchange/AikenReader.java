package org.relearning.quiz.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relearning.quiz.type.SingleChoiceType;

/**
 * Reads the Aiken format: single-choice questions, each a question line, options {@code A. text} or
 * {@code A) text} with capital letters, and {@code ANSWER: B}. Blank lines between questions are
 * optional. Lines of question text before the first option are joined with a newline (Moodle wants
 * one line; we are lenient). Every question comes out as {@code single-choice} with {@link
 * ImportedQuestion#DEFAULT_POINTS} points and no name.
 *
 * <p>A question is skipped, with the line it starts on, when its {@code ANSWER:} line is missing
 * (the next question or the end of input comes first), names a letter that is not among its
 * options, it has fewer than two options, or it repeats an option letter.
 */
public final class AikenReader {

  public static final String MISSING_ANSWER = "import.aiken.missingAnswer";
  public static final String UNKNOWN_ANSWER = "import.aiken.unknownAnswer";
  public static final String FEW_OPTIONS = "import.aiken.fewOptions";
  public static final String DUPLICATE_LETTER = "import.aiken.duplicateLetter";

  private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s+(.*\\S)\\s*");
  private static final Pattern ANSWER = Pattern.compile("ANSWER:\\s*(\\S*)\\s*");

  private AikenReader() {}

  public static ImportReport read(InputStream in) {
    return ImportInput.readThen(in, AikenReader::read);
  }

  public static ImportReport read(String text) {
    Optional<ImportReport> refusal = ImportInput.checkSize(text);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    List<ImportedQuestion> imported = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> lines = ImportInput.lines(text);
    Draft draft = null;
    int questions = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int lineNo = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      Matcher answer = ANSWER.matcher(line);
      Matcher option = OPTION.matcher(line);
      if (draft == null) {
        if (++questions > ImportInput.MAX_QUESTIONS) {
          return ImportInput.tooManyQuestions();
        }
        draft = new Draft(lineNo);
        if (answer.matches()) {
          skipped.add(new Skipped(lineNo, "", FEW_OPTIONS, line));
          draft = null;
        } else {
          draft.text.append(line);
        }
      } else if (answer.matches()) {
        draft.finish(answer.group(1), imported, skipped);
        draft = null;
      } else if (option.matches()) {
        draft.addOption(option.group(1).charAt(0), option.group(2));
      } else if (draft.letters.isEmpty()) {
        draft.text.append('\n').append(line);
      } else {
        skipped.add(new Skipped(draft.line, "", MISSING_ANSWER, draft.text.toString()));
        if (++questions > ImportInput.MAX_QUESTIONS) {
          return ImportInput.tooManyQuestions();
        }
        draft = new Draft(lineNo);
        draft.text.append(line);
      }
    }
    if (draft != null) {
      skipped.add(new Skipped(draft.line, "", MISSING_ANSWER, draft.text.toString()));
    }
    return new ImportReport(imported, skipped);
  }

  /** A question being read. */
  private static final class Draft {
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<Character> letters = new ArrayList<>();
    final List<String> options = new ArrayList<>();
    boolean duplicateLetter;

    Draft(int line) {
      this.line = line;
    }

    void addOption(char letter, String option) {
      duplicateLetter |= letters.contains(letter);
      letters.add(letter);
      options.add(option);
    }

    void finish(String answer, List<ImportedQuestion> imported, List<Skipped> skipped) {
      String question = text.toString();
      if (options.size() < 2) {
        skipped.add(new Skipped(line, "", FEW_OPTIONS, question));
      } else if (duplicateLetter) {
        skipped.add(new Skipped(line, "", DUPLICATE_LETTER, question));
      } else if (answer.length() != 1 || !letters.contains(answer.charAt(0))) {
        skipped.add(new Skipped(line, "", UNKNOWN_ANSWER, answer));
      } else {
        List<ImportedChoice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          choices.add(new ImportedChoice(options.get(i), letters.get(i) == answer.charAt(0)));
        }
        imported.add(
            new ImportedQuestion(
                SingleChoiceType.ID, "", question, ImportedQuestion.DEFAULT_POINTS, choices, ""));
      }
    }
  }
}
