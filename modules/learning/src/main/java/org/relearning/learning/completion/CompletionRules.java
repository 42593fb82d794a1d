package org.relearning.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The rule plugins found by CDI, asked in a stable order. */
@ApplicationScoped
public class CompletionRules {

  @Inject private Instance<CompletionRule> plugins;

  /** Everything still missing under the rules that apply to the course; empty: complete. */
  public List<Missing> missing(CompletionFacts facts) {
    return StreamSupport.stream(plugins.spliterator(), false)
        .filter(rule -> rule.appliesTo(facts.course()))
        .sorted(Comparator.comparing(CompletionRule::id))
        .flatMap(rule -> rule.missing(facts).stream())
        .toList();
  }
}
