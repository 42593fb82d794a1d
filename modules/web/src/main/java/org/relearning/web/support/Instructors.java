package org.relearning.web.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relearning.course.Course;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.AccountService;

/** The people who teach a course, owner first, read from the identity module in one query. */
@RequestScoped
public class Instructors {

  @EJB private AccountService accounts;

  public List<Account> of(Course course) {
    List<Long> ids = course.instructorIds();
    Map<Long, Account> byId =
        accounts.byIds(ids).stream().collect(Collectors.toMap(Account::getId, Function.identity()));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
