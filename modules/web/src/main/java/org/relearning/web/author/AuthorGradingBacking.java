package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.quiz.AwaitingGrade;
import org.relearning.quiz.QuizService;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** A course's answers waiting for a grader, oldest first, graded one at a time. */
@Named("authorGrading")
@ViewScoped
public class AuthorGradingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private CourseService courses;
  @Inject private AccountService accounts;
  @Inject private Language language;

  private Long course;
  private String courseTitle;
  private List<AwaitingGrade> waiting = List.of();
  private final Map<Long, String> names = new HashMap<>();
  private final Map<Long, String> points = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();

  public void load() {
    Course c = courses.getForEditing(Params.required(course, "course"));
    courseTitle = c.getTitle();
    waiting = quizzes.awaitingGrades(c.getId());
    names.clear();
    for (Account a :
        accounts.byIds(waiting.stream().map(AwaitingGrade::accountId).distinct().toList())) {
      names.put(a.getId(), a.name(language.getLocale()));
    }
  }

  public String name(AwaitingGrade row) {
    return names.getOrDefault(row.accountId(), "");
  }

  public String submittedOn(AwaitingGrade row) {
    return row.submittedAt() == null
        ? ""
        : Dates.shortDateTime(row.submittedAt().atZone(Clocks.ZONE), language.getLocale());
  }

  /** Saves the points and comment given for one answer; it then leaves the queue. */
  public void save(long answerId) {
    String given = points.get(answerId);
    double value;
    try {
      value = Double.parseDouble(given == null ? "" : given.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      AwaitingGrade row =
          waiting.stream().filter(w -> w.answerId() == answerId).findFirst().orElse(null);
      throw new BusinessException("grading.pointsRange", row == null ? 0 : row.points());
    }
    quizzes.gradeByHand(answerId, value, comments.get(answerId));
    Messages.info("grading.saved");
    Navigation.redirect("/author/grading.xhtml?course=" + course);
  }

  public List<AwaitingGrade> getWaiting() {
    return waiting;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Map<Long, String> getPoints() {
    return points;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }
}
