package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relearning.course.Course;
import org.relearning.course.CourseService;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;
import org.relearning.learning.LearningService;
import org.relearning.learning.LearningService.LearnerProgress;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;
import org.relearning.web.support.Params;

/** A course's learners for its instructors: how far each is, and signing off hands-on work. */
@Named("authorLearners")
@RequestScoped
public class AuthorLearnersBacking {

  @EJB private CourseService courses;
  @EJB private LearningService learning;
  @EJB private AccountService accounts;
  @Inject private Language language;

  private Long id;
  private Course course;
  private List<LearnerProgress> learners;
  private Map<Long, Account> people;

  public void load() {
    course = courses.getForEditing(Params.required(id, "course"));
    learners = learning.learnersOf(id);
    people =
        accounts.byIds(learners.stream().map(l -> l.enrolment().getAccountId()).toList()).stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
  }

  public String name(LearnerProgress l) {
    Account a = people.get(l.enrolment().getAccountId());
    return a == null ? "" : a.name(language.getLocale());
  }

  public String enrolledOn(LearnerProgress l) {
    return Dates.shortDate(
        l.enrolment().getEnrolledAt().atZone(Clocks.ZONE).toLocalDate(), language.getLocale());
  }

  public void signOff(long accountId) {
    learning.signOff(id, accountId);
    Messages.info("author.signedOff");
    Navigation.redirect("/author/learners.xhtml?id=" + id);
  }

  public Course getCourse() {
    return course;
  }

  public List<LearnerProgress> getLearners() {
    return learners;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
