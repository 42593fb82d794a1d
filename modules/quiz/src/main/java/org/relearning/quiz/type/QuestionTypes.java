package org.relearning.quiz.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The registry of question type plugins, found by CDI. */
@ApplicationScoped
public class QuestionTypes {

  @Inject private Instance<QuestionType> plugins;

  public List<QuestionType> all() {
    return StreamSupport.stream(plugins.spliterator(), false).toList();
  }

  /** The type with this id, or empty if no plugin has it (a question from a newer version, say). */
  public Optional<QuestionType> find(String id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public QuestionType get(String id) {
    return all().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown question type " + id));
  }
}
