package org.relearning.quiz.exchange;

import java.util.List;

/** What an import produced: the questions read, in input order, and those skipped, with why. */
public record ImportReport(List<ImportedQuestion> imported, List<Skipped> skipped) {

  public ImportReport {
    imported = List.copyOf(imported);
    skipped = List.copyOf(skipped);
  }

  static ImportReport refused(String reasonKey, String detail) {
    return new ImportReport(List.of(), List.of(new Skipped(0, "", reasonKey, detail)));
  }
}
