package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.relearning.quiz.QuizService;

/** How many answers wait for a grader in a course, for the link in the course editor. */
@Named("gradingQueue")
@RequestScoped
public class GradingQueueBacking {

  @EJB private QuizService quizzes;

  private Long course;
  private int count;

  public int count(long courseId) {
    if (course == null || course != courseId) {
      count = quizzes.awaitingGrades(courseId).size();
      course = courseId;
    }
    return count;
  }
}
