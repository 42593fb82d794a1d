package org.relearning.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Every lesson of the learner's version is done (a lesson holding a quiz: by passing it). */
@ApplicationScoped
public class LessonsDoneRule implements CompletionRule {

  @Override
  public String id() {
    return "lessons";
  }

  @Override
  public List<Missing> missing(CompletionFacts f) {
    long toDo =
        f.version().lessons().stream().filter(l -> !f.doneLessons().contains(l.getId())).count();
    return toDo == 0 ? List.of() : List.of(Missing.of("learn.lessonsToDo", toDo));
  }
}
