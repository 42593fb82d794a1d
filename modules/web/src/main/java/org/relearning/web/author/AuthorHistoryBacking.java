package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.course.CourseService;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Params;

/** A course's change history: who changed what, and when. */
@Named("authorHistory")
@RequestScoped
public class AuthorHistoryBacking {

  @EJB private CourseService courses;
  @Inject private Language language;

  private Long id;
  private String courseTitle;
  private List<AuditEntry> entries;

  public void load() {
    courseTitle = courses.getForEditing(Params.required(id, "course")).getTitle();
    entries = courses.history(id);
  }

  public String when(AuditEntry entry) {
    return Dates.shortDateTime(entry.getAt().atZone(Clocks.ZONE), language.getLocale());
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
