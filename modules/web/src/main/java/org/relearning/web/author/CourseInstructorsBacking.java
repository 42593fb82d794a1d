package org.relearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseInstructors;
import org.relearning.web.support.Instructors;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;
import org.relearning.web.support.Navigation;

/**
 * The co-instructors card of the course editor: who teaches the course with its owner. The owner
 * and the library's administrators add and remove them; the service refuses anyone else.
 */
@Named("courseInstructors")
@ViewScoped
public class CourseInstructorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuthorCourseBacking editor;
  @Inject private CourseInstructors team;
  @Inject private Instructors instructors;
  @Inject private Language language;

  private String username;

  /** One person on the card; a class with getters, which the pages' EL reads. */
  public static final class Person {
    private final long accountId;
    private final String name;
    private final String username;
    private final boolean owner;

    Person(long accountId, String name, String username, boolean owner) {
      this.accountId = accountId;
      this.name = name;
      this.username = username;
      this.owner = owner;
    }

    public long getAccountId() {
      return accountId;
    }

    public String getName() {
      return name;
    }

    public String getUsername() {
      return username;
    }

    public boolean isOwner() {
      return owner;
    }
  }

  public List<Person> getPeople() {
    Course course = editor.getCourse();
    return instructors.of(course).stream()
        .map(
            a ->
                new Person(
                    a.getId(),
                    a.name(language.getLocale()),
                    a.getUsername(),
                    a.getId().equals(course.getOwnerId())))
        .toList();
  }

  public boolean isMayManage() {
    return team.mayManage(editor.getCourse());
  }

  public void add() {
    if (username == null || username.isBlank()) {
      Messages.error("validation.required");
      return;
    }
    team.addCoInstructor(editor.getId(), username);
    Messages.info("author.instructors.added");
    Navigation.redirect("/author/course.xhtml?id=" + editor.getId());
  }

  public void remove(long accountId) {
    team.removeCoInstructor(editor.getId(), accountId);
    Messages.info("author.instructors.removed");
    Navigation.redirect("/author/course.xhtml?id=" + editor.getId());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
