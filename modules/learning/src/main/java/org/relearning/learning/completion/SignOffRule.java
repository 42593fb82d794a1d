package org.relearning.learning.completion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relearning.course.Course;

/**
 * An instructor has signed off the learner's hands-on work, for courses that ask for it (crafts and
 * cooking taught in the library, where the result is seen, not typed).
 */
@ApplicationScoped
public class SignOffRule implements CompletionRule {

  @Override
  public String id() {
    return "signOff";
  }

  @Override
  public boolean appliesTo(Course course) {
    return course.isSignOffRequired();
  }

  @Override
  public List<Missing> missing(CompletionFacts f) {
    return f.signedOff() ? List.of() : List.of(Missing.of("learn.signOffNeeded"));
  }
}
