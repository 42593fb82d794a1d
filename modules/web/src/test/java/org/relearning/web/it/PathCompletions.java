package org.relearning.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.relearning.learning.curriculum.CurriculumCompleted;

/** Remembers every committed path completion, so a test can count them per path enrolment. */
@ApplicationScoped
public class PathCompletions {

  private final List<CurriculumCompleted> seen = new CopyOnWriteArrayList<>();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurriculumCompleted event) {
    seen.add(event);
  }

  public List<CurriculumCompleted> of(long curriculumId) {
    return seen.stream().filter(e -> e.curriculumId() == curriculumId).toList();
  }
}
