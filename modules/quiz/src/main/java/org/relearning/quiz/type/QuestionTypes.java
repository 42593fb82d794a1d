package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;

/** The registry of question type plugins, found by CDI. */
@ApplicationScoped
public class QuestionTypes {

  @Inject private Instance<QuestionType> plugins;

  public List<QuestionType> all() {
    return StreamSupport.stream(plugins.spliterator(), false).toList();
  }

  public QuestionType get(String id) {
    return all().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown question type " + id));
  }
}
